// Schema: actor, source and script-application ids are unique (applied before any data).
CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (s:Source) REQUIRE s.id IS UNIQUE;
CREATE CONSTRAINT script_apply_id IF NOT EXISTS FOR (s:ScriptApply) REQUIRE s.id IS UNIQUE;
