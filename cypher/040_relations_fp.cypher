// Relations stated or reported as claims in the Foreign Policy analysis India-Pakistan Cease-Fire Cements a Dangerous Baseline,
// written after the cease-fire of 10 May 2025. Each relationship is one sourced claim; its quote is verbatim.

MATCH (a:Actor {id: 'pakistan-army'})
MATCH (b:Actor {id: 'indian-army'})
MERGE (a)-[r:ATTACKS {id: 'fp-001'}]->(b)
ON CREATE SET r.weight = 0.6, r.status = 'CONFIRMED', r.claimedBy = [],
  r.quote = 'Pakistani forces occupied Indian positions across the contested border, known as the Line of Control (LoC)', r.source = 'fp-2025-ceasefire-baseline';

MATCH (a:Actor {id: 'indian-army'})
MATCH (b:Actor {id: 'pakistan-army'})
MERGE (a)-[r:ATTACKS {id: 'fp-002'}]->(b)
ON CREATE SET r.weight = 0.6, r.status = 'CONFIRMED', r.claimedBy = [],
  r.quote = 'India launched military operations to reclaim the posts', r.source = 'fp-2025-ceasefire-baseline';

MATCH (a:Actor {id: 'bill-clinton'})
MATCH (b:Actor {id: 'pakistan'})
MERGE (a)-[r:MEDIATES {id: 'fp-003'}]->(b)
ON CREATE SET r.weight = 0.7, r.status = 'CONFIRMED', r.claimedBy = [],
  r.quote = 'U.S. President Bill Clinton ultimately brokered a tense withdrawal that restored a fragile calm along the LoC', r.source = 'fp-2025-ceasefire-baseline';

MATCH (a:Actor {id: 'bill-clinton'})
MATCH (b:Actor {id: 'india'})
MERGE (a)-[r:MEDIATES {id: 'fp-004'}]->(b)
ON CREATE SET r.weight = 0.6, r.status = 'CONFIRMED', r.claimedBy = [],
  r.quote = 'U.S. President Bill Clinton ultimately brokered a tense withdrawal that restored a fragile calm along the LoC', r.source = 'fp-2025-ceasefire-baseline';

MATCH (a:Actor {id: 'bill-clinton'})
MATCH (b:Actor {id: 'india'})
MERGE (a)-[r:MEDIATES {id: 'fp-005'}]->(b)
ON CREATE SET r.weight = 0.5, r.status = 'CONFIRMED', r.claimedBy = [],
  r.quote = 'When Clinton intervened in Kargil in 1999, he lowered the escalation ladder', r.source = 'fp-2025-ceasefire-baseline';

MATCH (a:Actor {id: 'india'})
MATCH (b:Actor {id: 'pakistan'})
MERGE (a)-[r:ATTACKS {id: 'fp-006'}]->(b)
ON CREATE SET r.weight = 1.0, r.status = 'CONFIRMED', r.claimedBy = [], r.since = date('2025-05-07'), r.until = date('2025-05-10'),
  r.quote = 'India and Pakistan launched missiles, drones, and artillery fire in a dramatic escalation', r.source = 'fp-2025-ceasefire-baseline';

MATCH (a:Actor {id: 'pakistan'})
MATCH (b:Actor {id: 'india'})
MERGE (a)-[r:ATTACKS {id: 'fp-007'}]->(b)
ON CREATE SET r.weight = 0.9, r.status = 'CONFIRMED', r.claimedBy = [], r.until = date('2025-05-10'),
  r.quote = 'India and Pakistan launched missiles, drones, and artillery fire in a dramatic escalation', r.source = 'fp-2025-ceasefire-baseline';

MATCH (a:Actor {id: 'india'})
MATCH (b:Actor {id: 'pakistan'})
MERGE (a)-[r:AGREES_CEASEFIRE_WITH {id: 'fp-008'}]->(b)
ON CREATE SET r.weight = 0.8, r.status = 'CONFIRMED', r.claimedBy = [], r.since = date('2025-05-10'),
  r.quote = 'why New Delhi abruptly agreed to a cease-fire', r.source = 'fp-2025-ceasefire-baseline';

MATCH (a:Actor {id: 'pakistan'})
MATCH (b:Actor {id: 'india'})
MERGE (a)-[r:AGREES_CEASEFIRE_WITH {id: 'fp-009'}]->(b)
ON CREATE SET r.weight = 0.8, r.status = 'CONFIRMED', r.claimedBy = [], r.since = date('2025-05-10'),
  r.quote = 'This cease-fire between India and Pakistan represents not a resolution but a perilous and temporary pause in their long-standing hostilities', r.source = 'fp-2025-ceasefire-baseline';

MATCH (a:Actor {id: 'united-states'})
MATCH (b:Actor {id: 'pakistan'})
MERGE (a)-[r:MEDIATES {id: 'fp-010'}]->(b)
ON CREATE SET r.weight = 0.9, r.status = 'CONFIRMED', r.claimedBy = [], r.since = date('2025-05-10'),
  r.quote = 'The clashes ended via a U.S.-brokered cease-fire on May 10', r.source = 'fp-2025-ceasefire-baseline';

MATCH (a:Actor {id: 'united-states'})
MATCH (b:Actor {id: 'india'})
MERGE (a)-[r:MEDIATES {id: 'fp-011'}]->(b)
ON CREATE SET r.weight = 0.8, r.status = 'DISPUTED', r.claimedBy = ['donald-trump'], r.since = date('2025-05-10'),
  r.quote = 'Modi’s assertions clash with Trump’s claim of U.S. mediation, a political third rail in New Delhi', r.source = 'fp-2025-ceasefire-baseline';

MATCH (a:Actor {id: 'marco-rubio'})
MATCH (b:Actor {id: 'pakistan'})
MERGE (a)-[r:MEDIATES {id: 'fp-012'}]->(b)
ON CREATE SET r.weight = 0.8, r.status = 'CONFIRMED', r.claimedBy = [], r.since = date('2025-05-10'),
  r.quote = 'Secretary of State Marco Rubio and Vice President J.D. Vance mediated urgent talks between the two countries', r.source = 'fp-2025-ceasefire-baseline';

MATCH (a:Actor {id: 'marco-rubio'})
MATCH (b:Actor {id: 'india'})
MERGE (a)-[r:MEDIATES {id: 'fp-013'}]->(b)
ON CREATE SET r.weight = 0.7, r.status = 'DISPUTED', r.claimedBy = ['united-states'], r.since = date('2025-05-10'),
  r.quote = 'Secretary of State Marco Rubio and Vice President J.D. Vance mediated urgent talks between the two countries', r.source = 'fp-2025-ceasefire-baseline';

MATCH (a:Actor {id: 'jd-vance'})
MATCH (b:Actor {id: 'pakistan'})
MERGE (a)-[r:MEDIATES {id: 'fp-014'}]->(b)
ON CREATE SET r.weight = 0.6, r.status = 'CONFIRMED', r.claimedBy = [], r.since = date('2025-05-10'),
  r.quote = 'Secretary of State Marco Rubio and Vice President J.D. Vance mediated urgent talks between the two countries', r.source = 'fp-2025-ceasefire-baseline';

MATCH (a:Actor {id: 'jd-vance'})
MATCH (b:Actor {id: 'india'})
MERGE (a)-[r:MEDIATES {id: 'fp-015'}]->(b)
ON CREATE SET r.weight = 0.5, r.status = 'DISPUTED', r.claimedBy = ['united-states'], r.since = date('2025-05-10'),
  r.quote = 'Secretary of State Marco Rubio and Vice President J.D. Vance mediated urgent talks between the two countries', r.source = 'fp-2025-ceasefire-baseline';

MATCH (a:Actor {id: 'donald-trump'})
MATCH (b:Actor {id: 'india'})
MERGE (a)-[r:MEDIATES {id: 'fp-016'}]->(b)
ON CREATE SET r.weight = 0.7, r.status = 'DISPUTED', r.claimedBy = ['donald-trump'], r.since = date('2025-05-10'),
  r.quote = 'the U.S. president taking credit for the cease-fire contradicts India’s long-standing policy of strictly bilateral engagement with Pakistan', r.source = 'fp-2025-ceasefire-baseline';

MATCH (a:Actor {id: 'donald-trump'})
MATCH (b:Actor {id: 'pakistan'})
MERGE (a)-[r:MEDIATES {id: 'fp-017'}]->(b)
ON CREATE SET r.weight = 0.7, r.status = 'CONFIRMED', r.claimedBy = ['donald-trump'], r.since = date('2025-05-10'),
  r.quote = 'the U.S.-brokered truce that Trump reiterated publicly', r.source = 'fp-2025-ceasefire-baseline';

MATCH (a:Actor {id: 'india'})
MATCH (b:Actor {id: 'pakistan'})
MERGE (a)-[r:NEGOTIATES_WITH {id: 'fp-018'}]->(b)
ON CREATE SET r.weight = 0.6, r.status = 'DISPUTED', r.claimedBy = ['india-ministry-of-external-affairs'], r.since = date('2025-05-10'),
  r.quote = 'officials from India’s Ministry of External Affairs, without issuing any official rebuttal, held that the deal was directly negotiated', r.source = 'fp-2025-ceasefire-baseline';

MATCH (a:Actor {id: 'shehbaz-sharif'})
MATCH (b:Actor {id: 'donald-trump'})
MERGE (a)-[r:PRAISES {id: 'fp-019'}]->(b)
ON CREATE SET r.weight = 0.6, r.status = 'CONFIRMED', r.claimedBy = [],
  r.quote = 'Pakistani Prime Minister Shehbaz Sharif thanked Trump for “regional peace,”', r.source = 'fp-2025-ceasefire-baseline';

MATCH (a:Actor {id: 'donald-trump'})
MATCH (b:Actor {id: 'india'})
MERGE (a)-[r:OFFERS_MEDIATION {id: 'fp-020'}]->(b)
ON CREATE SET r.weight = 0.6, r.status = 'CONFIRMED', r.claimedBy = [],
  r.quote = 'Trump’s subsequent offer to further mediate over Kashmir', r.source = 'fp-2025-ceasefire-baseline';

MATCH (a:Actor {id: 'donald-trump'})
MATCH (b:Actor {id: 'pakistan'})
MERGE (a)-[r:OFFERS_MEDIATION {id: 'fp-021'}]->(b)
ON CREATE SET r.weight = 0.6, r.status = 'CONFIRMED', r.claimedBy = [],
  r.quote = 'Trump’s subsequent offer to further mediate over Kashmir', r.source = 'fp-2025-ceasefire-baseline';

MATCH (a:Actor {id: 'pakistan'})
MATCH (b:Actor {id: 'india'})
MERGE (a)-[r:NEGOTIATES_WITH {id: 'fp-022'}]->(b)
ON CREATE SET r.weight = 0.4, r.status = 'CLAIMED', r.claimedBy = ['marco-rubio'],
  r.quote = 'Rubio’s assertion that broader talks would follow at a neutral venue', r.source = 'fp-2025-ceasefire-baseline';

MATCH (a:Actor {id: 'india'})
MATCH (b:Actor {id: 'united-states'})
MERGE (a)-[r:CRITICIZES {id: 'fp-023'}]->(b)
ON CREATE SET r.weight = 0.4, r.status = 'CONFIRMED', r.claimedBy = [],
  r.quote = 'His ability to secure U.S. intervention, despite India’s objections', r.source = 'fp-2025-ceasefire-baseline';

MATCH (a:Actor {id: 'asim-munir'})
MATCH (b:Actor {id: 'united-states'})
MERGE (a)-[r:COOPERATES_WITH {id: 'fp-024'}]->(b)
ON CREATE SET r.weight = 0.5, r.status = 'CONFIRMED', r.claimedBy = [],
  r.quote = 'His ability to secure U.S. intervention, despite India’s objections, has reinforced Pakistan’s relevance in great-power politics', r.source = 'fp-2025-ceasefire-baseline';

MATCH (a:Actor {id: 'india'})
MATCH (b:Actor {id: 'pakistan'})
MERGE (a)-[r:COERCES {id: 'fp-025'}]->(b)
ON CREATE SET r.weight = 0.7, r.status = 'DISPUTED', r.claimedBy = ['india'],
  r.quote = 'India says its BrahMos missile strikes forced Pakistan to seek peace, while Pakistan credits its nuclear signaling and diplomatic maneuvering', r.source = 'fp-2025-ceasefire-baseline';

MATCH (a:Actor {id: 'pakistan'})
MATCH (b:Actor {id: 'india'})
MERGE (a)-[r:COERCES {id: 'fp-026'}]->(b)
ON CREATE SET r.weight = 0.6, r.status = 'DISPUTED', r.claimedBy = ['pakistan'],
  r.quote = 'India says its BrahMos missile strikes forced Pakistan to seek peace, while Pakistan credits its nuclear signaling and diplomatic maneuvering', r.source = 'fp-2025-ceasefire-baseline';

MATCH (a:Actor {id: 'india'})
MATCH (b:Actor {id: 'pakistan'})
MERGE (a)-[r:COERCES {id: 'fp-027'}]->(b)
ON CREATE SET r.weight = 0.6, r.status = 'DISPUTED', r.claimedBy = ['india'],
  r.quote = 'India insists that its strikes compelled Pakistan to seek a truce', r.source = 'fp-2025-ceasefire-baseline';

MATCH (a:Actor {id: 'pakistan'})
MATCH (b:Actor {id: 'india'})
MERGE (a)-[r:COERCES {id: 'fp-028'}]->(b)
ON CREATE SET r.weight = 0.6, r.status = 'DISPUTED', r.claimedBy = ['pakistan'],
  r.quote = 'Islamabad frames the cease-fire as a triumph of its nuclear signaling and military resolve. Pakistan thus claims restored deterrence', r.source = 'fp-2025-ceasefire-baseline';

MATCH (a:Actor {id: 'india'})
MATCH (b:Actor {id: 'pakistan'})
MERGE (a)-[r:THREATENS {id: 'fp-029'}]->(b)
ON CREATE SET r.weight = 0.7, r.status = 'CONFIRMED', r.claimedBy = [],
  r.quote = 'India insists that the rules have “irrevocably changed,” meaning that New Delhi will now respond militarily to provocations', r.source = 'fp-2025-ceasefire-baseline';

MATCH (a:Actor {id: 'china'})
MATCH (b:Actor {id: 'pakistan'})
MERGE (a)-[r:SUPPLIES_ARMS_TO {id: 'fp-030'}]->(b)
ON CREATE SET r.weight = 0.9, r.status = 'CONFIRMED', r.claimedBy = [],
  r.quote = 'Its military hardware, including radar systems and surface-to-air missiles deployed by Pakistan, performed effectively during the skirmishes with India', r.source = 'fp-2025-ceasefire-baseline';

MATCH (a:Actor {id: 'china'})
MATCH (b:Actor {id: 'pakistan'})
MERGE (a)-[r:SUPPLIES_ARMS_TO {id: 'fp-031'}]->(b)
ON CREATE SET r.weight = 0.8, r.status = 'CONFIRMED', r.claimedBy = [],
  r.quote = 'Pakistan deployed Chinese weapons systems and platforms against top-notch Western equipment employed by India', r.source = 'fp-2025-ceasefire-baseline';

MATCH (a:Actor {id: 'pakistan'})
MATCH (b:Actor {id: 'india'})
MERGE (a)-[r:ATTACKS {id: 'fp-032'}]->(b)
ON CREATE SET r.weight = 0.6, r.status = 'CLAIMED', r.claimedBy = ['pakistan'],
  r.quote = 'According to Pakistan, it used Chinese fighter jets to shoot down some Indian fighter jets, including the 4.5-generation French Rafale aircraft', r.source = 'fp-2025-ceasefire-baseline';

MATCH (a:Actor {id: 'france'})
MATCH (b:Actor {id: 'india'})
MERGE (a)-[r:SUPPLIES_ARMS_TO {id: 'fp-033'}]->(b)
ON CREATE SET r.weight = 0.5, r.status = 'CONFIRMED', r.claimedBy = [],
  r.quote = 'some Indian fighter jets, including the 4.5-generation French Rafale aircraft', r.source = 'fp-2025-ceasefire-baseline';

MATCH (a:Actor {id: 'india'})
MATCH (b:Actor {id: 'russia'})
MERGE (a)-[r:COOPERATES_WITH {id: 'fp-034'}]->(b)
ON CREATE SET r.weight = 0.5, r.status = 'CONFIRMED', r.claimedBy = [],
  r.quote = 'The BrahMos, a joint Indian-Russian product', r.source = 'fp-2025-ceasefire-baseline';

MATCH (a:Actor {id: 'russia'})
MATCH (b:Actor {id: 'india'})
MERGE (a)-[r:COOPERATES_WITH {id: 'fp-035'}]->(b)
ON CREATE SET r.weight = 0.5, r.status = 'CONFIRMED', r.claimedBy = [],
  r.quote = 'The BrahMos, a joint Indian-Russian product', r.source = 'fp-2025-ceasefire-baseline';

MATCH (a:Actor {id: 'india'})
MATCH (b:Actor {id: 'pakistan-army'})
MERGE (a)-[r:ATTACKS {id: 'fp-036'}]->(b)
ON CREATE SET r.weight = 0.8, r.status = 'CONFIRMED', r.claimedBy = [],
  r.quote = 'the debut of India’s BrahMos supersonic cruise missiles against Pakistani air bases', r.source = 'fp-2025-ceasefire-baseline';

MATCH (a:Actor {id: 'india'})
MATCH (b:Actor {id: 'pakistan-army'})
MERGE (a)-[r:COERCES {id: 'fp-037'}]->(b)
ON CREATE SET r.weight = 0.5, r.status = 'CLAIMED', r.claimedBy = ['narendra-modi'],
  r.quote = 'leaving Pakistan’s military “stunned,” according to Indian Prime Minister Narendra Modi', r.source = 'fp-2025-ceasefire-baseline';

MATCH (a:Actor {id: 'india'})
MATCH (b:Actor {id: 'pakistan'})
MERGE (a)-[r:SANCTIONS {id: 'fp-038'}]->(b)
ON CREATE SET r.weight = 0.8, r.status = 'CONFIRMED', r.claimedBy = [],
  r.quote = 'New Delhi’s suspension of the Indus Waters Treaty', r.source = 'fp-2025-ceasefire-baseline';

MATCH (a:Actor {id: 'india'})
MATCH (b:Actor {id: 'pakistan'})
MERGE (a)-[r:SANCTIONS {id: 'fp-039'}]->(b)
ON CREATE SET r.weight = 0.7, r.status = 'CONFIRMED', r.claimedBy = [],
  r.quote = 'punitive economic measures against Islamabad, which followed the deadly terrorist attack in Indian-administered Kashmir in late April, remain in place after the cease-fire', r.source = 'fp-2025-ceasefire-baseline';

MATCH (a:Actor {id: 'pakistan'})
MATCH (b:Actor {id: 'lashkar-e-taiba'})
MERGE (a)-[r:SUPPORTS {id: 'fp-040'}]->(b)
ON CREATE SET r.weight = 0.6, r.status = 'CONFIRMED', r.claimedBy = [],
  r.quote = 'Pakistan’s unchanged support for jihadi groups targeting India', r.source = 'fp-2025-ceasefire-baseline';

MATCH (a:Actor {id: 'pakistan'})
MATCH (b:Actor {id: 'lashkar-e-taiba'})
MERGE (a)-[r:SUPPORTS {id: 'fp-041'}]->(b)
ON CREATE SET r.weight = 0.5, r.status = 'CONFIRMED', r.claimedBy = [],
  r.quote = 'Pakistan shows no intent to dismantle Kashmir-centric jihadi groups, such as Jaish-e-Mohammed and Lashkar-e-Taiba', r.source = 'fp-2025-ceasefire-baseline';

MATCH (a:Actor {id: 'pakistan'})
MATCH (b:Actor {id: 'jaish-e-mohammed'})
MERGE (a)-[r:SUPPORTS {id: 'fp-042'}]->(b)
ON CREATE SET r.weight = 0.5, r.status = 'CONFIRMED', r.claimedBy = [],
  r.quote = 'Pakistan shows no intent to dismantle Kashmir-centric jihadi groups, such as Jaish-e-Mohammed and Lashkar-e-Taiba', r.source = 'fp-2025-ceasefire-baseline';

MATCH (a:Actor {id: 'narendra-modi'})
MATCH (b:Actor {id: 'india'})
MERGE (a)-[r:LEADS {id: 'fp-043'}]->(b)
ON CREATE SET r.weight = 0.9, r.status = 'CONFIRMED', r.claimedBy = [],
  r.quote = 'Indian Prime Minister Narendra Modi', r.source = 'fp-2025-ceasefire-baseline';

MATCH (a:Actor {id: 'narendra-modi'})
MATCH (b:Actor {id: 'government-of-india'})
MERGE (a)-[r:LEADS {id: 'fp-044'}]->(b)
ON CREATE SET r.weight = 0.8, r.status = 'CONFIRMED', r.claimedBy = [],
  r.quote = 'His government claims that the military operation—named Sindoor—remains “active,”', r.source = 'fp-2025-ceasefire-baseline';

MATCH (a:Actor {id: 'government-of-india'})
MATCH (b:Actor {id: 'pakistan'})
MERGE (a)-[r:THREATENS {id: 'fp-045'}]->(b)
ON CREATE SET r.weight = 0.6, r.status = 'CONFIRMED', r.claimedBy = [],
  r.quote = 'His government claims that the military operation—named Sindoor—remains “active,” framing the cease-fire with Pakistan as a tactical pause rather than a resolution', r.source = 'fp-2025-ceasefire-baseline';

MATCH (a:Actor {id: 'india'})
MATCH (b:Actor {id: 'kashmir-militants'})
MERGE (a)-[r:ATTACKS {id: 'fp-046'}]->(b)
ON CREATE SET r.weight = 0.5, r.status = 'CLAIMED', r.claimedBy = ['narendra-modi'], r.since = date('2025-05-07'),
  r.quote = 'Modi’s claims of unimaginable damage inflicted on terrorist camps during Operation Sindoor', r.source = 'fp-2025-ceasefire-baseline';

MATCH (a:Actor {id: 'pakistan'})
MATCH (b:Actor {id: 'india'})
MERGE (a)-[r:ATTACKS {id: 'fp-047'}]->(b)
ON CREATE SET r.weight = 0.3, r.status = 'CLAIMED', r.claimedBy = ['india'], r.since = date('2025-05-12'),
  r.quote = 'suspected Pakistani drones were seen all over northern India, bringing India’s air defenses into play', r.source = 'fp-2025-ceasefire-baseline';

MATCH (a:Actor {id: 'hindu-nationalists'})
MATCH (b:Actor {id: 'narendra-modi'})
MERGE (a)-[r:ACCUSES {id: 'fp-048'}]->(b)
ON CREATE SET r.weight = 0.4, r.status = 'CONFIRMED', r.claimedBy = [],
  r.quote = 'fueling accusations of weakness from Modi’s Hindu-nationalist base', r.source = 'fp-2025-ceasefire-baseline';

MATCH (a:Actor {id: 'hindu-nationalists'})
MATCH (b:Actor {id: 'narendra-modi'})
MERGE (a)-[r:SUPPORTS {id: 'fp-049'}]->(b)
ON CREATE SET r.weight = 0.5, r.status = 'CONFIRMED', r.claimedBy = [],
  r.quote = 'Modi’s Hindu-nationalist base', r.source = 'fp-2025-ceasefire-baseline';

MATCH (a:Actor {id: 'former-indian-army-chiefs'})
MATCH (b:Actor {id: 'government-of-india'})
MERGE (a)-[r:CRITICIZES {id: 'fp-050'}]->(b)
ON CREATE SET r.weight = 0.4, r.status = 'CONFIRMED', r.claimedBy = [], r.since = date('2025-05-10'),
  r.quote = 'Even former Indian Army chiefs were disappointed by the sudden announcement', r.source = 'fp-2025-ceasefire-baseline';

MATCH (a:Actor {id: 'former-indian-army-chiefs'})
MATCH (b:Actor {id: 'indian-army'})
MERGE (a)-[r:AFFILIATED_WITH {id: 'fp-051'}]->(b)
ON CREATE SET r.weight = 0.2, r.status = 'CONFIRMED', r.claimedBy = [],
  r.quote = 'former Indian Army chiefs', r.source = 'fp-2025-ceasefire-baseline';

MATCH (a:Actor {id: 'hindu-nationalists'})
MATCH (b:Actor {id: 'government-of-india'})
MERGE (a)-[r:CRITICIZES {id: 'fp-052'}]->(b)
ON CREATE SET r.weight = 0.5, r.status = 'CONFIRMED', r.claimedBy = [], r.since = date('2025-05-10'),
  r.quote = 'Modi’s supporters have lambasted the truce as a surrender', r.source = 'fp-2025-ceasefire-baseline';

MATCH (a:Actor {id: 'hindu-nationalists'})
MATCH (b:Actor {id: 'vikram-misri'})
MERGE (a)-[r:CRITICIZES {id: 'fp-053'}]->(b)
ON CREATE SET r.weight = 0.5, r.status = 'CONFIRMED', r.claimedBy = [], r.since = date('2025-05-10'),
  r.quote = 'Some of them went after the Indian Foreign Secretary Vikram Misri and his family online', r.source = 'fp-2025-ceasefire-baseline';

MATCH (a:Actor {id: 'government-of-india'})
MATCH (b:Actor {id: 'vikram-misri'})
MERGE (a)-[r:SUPPORTS {id: 'fp-054'}]->(b)
ON CREATE SET r.weight = 0.3, r.status = 'DENIED', r.claimedBy = [],
  r.quote = 'no minister in Modi’s government has criticized the trolls or supported the country’s top career diplomat', r.source = 'fp-2025-ceasefire-baseline';

MATCH (a:Actor {id: 'bharatiya-janata-party'})
MATCH (b:Actor {id: 'pakistan'})
MERGE (a)-[r:THREATENS {id: 'fp-055'}]->(b)
ON CREATE SET r.weight = 0.5, r.status = 'CONFIRMED', r.claimedBy = [],
  r.quote = 'leaders of India’s ruling Bharatiya Janata Party, have demanded the annexation of Pakistani-administered Kashmir', r.source = 'fp-2025-ceasefire-baseline';

MATCH (a:Actor {id: 'hindu-nationalists'})
MATCH (b:Actor {id: 'pakistan'})
MERGE (a)-[r:THREATENS {id: 'fp-056'}]->(b)
ON CREATE SET r.weight = 0.5, r.status = 'CONFIRMED', r.claimedBy = [],
  r.quote = 'Hindu-nationalist voices, including leaders of India’s ruling Bharatiya Janata Party, have demanded the annexation of Pakistani-administered Kashmir', r.source = 'fp-2025-ceasefire-baseline';

MATCH (a:Actor {id: 'hindu-nationalists'})
MATCH (b:Actor {id: 'hafiz-saeed'})
MERGE (a)-[r:THREATENS {id: 'fp-057'}]->(b)
ON CREATE SET r.weight = 0.4, r.status = 'CONFIRMED', r.claimedBy = [],
  r.quote = 'the elimination of terrorist leaders such as Hafiz Saeed, who co-founded Lashkar-e-Taiba', r.source = 'fp-2025-ceasefire-baseline';

MATCH (a:Actor {id: 'bharatiya-janata-party'})
MATCH (b:Actor {id: 'hafiz-saeed'})
MERGE (a)-[r:THREATENS {id: 'fp-058'}]->(b)
ON CREATE SET r.weight = 0.4, r.status = 'CONFIRMED', r.claimedBy = [],
  r.quote = 'the elimination of terrorist leaders such as Hafiz Saeed, who co-founded Lashkar-e-Taiba', r.source = 'fp-2025-ceasefire-baseline';

MATCH (a:Actor {id: 'hafiz-saeed'})
MATCH (b:Actor {id: 'lashkar-e-taiba'})
MERGE (a)-[r:LEADS {id: 'fp-059'}]->(b)
ON CREATE SET r.weight = 0.7, r.status = 'CONFIRMED', r.claimedBy = [],
  r.quote = 'terrorist leaders such as Hafiz Saeed, who co-founded Lashkar-e-Taiba', r.source = 'fp-2025-ceasefire-baseline';

MATCH (a:Actor {id: 'bharatiya-janata-party'})
MATCH (b:Actor {id: 'government-of-india'})
MERGE (a)-[r:LEADS {id: 'fp-060'}]->(b)
ON CREATE SET r.weight = 0.6, r.status = 'CONFIRMED', r.claimedBy = [],
  r.quote = 'India’s ruling Bharatiya Janata Party', r.source = 'fp-2025-ceasefire-baseline';

MATCH (a:Actor {id: 'bharatiya-janata-party'})
MATCH (b:Actor {id: 'hindu-nationalists'})
MERGE (a)-[r:AFFILIATED_WITH {id: 'fp-061'}]->(b)
ON CREATE SET r.weight = 0.5, r.status = 'CONFIRMED', r.claimedBy = [],
  r.quote = 'Hindu-nationalist voices, including leaders of India’s ruling Bharatiya Janata Party', r.source = 'fp-2025-ceasefire-baseline';

MATCH (a:Actor {id: 'asim-munir'})
MATCH (b:Actor {id: 'pakistan-army'})
MERGE (a)-[r:LEADS {id: 'fp-062'}]->(b)
ON CREATE SET r.weight = 0.9, r.status = 'CONFIRMED', r.claimedBy = [],
  r.quote = 'Pakistan Army chief Asim Munir', r.source = 'fp-2025-ceasefire-baseline';

MATCH (a:Actor {id: 'pakistan-army'})
MATCH (b:Actor {id: 'india'})
MERGE (a)-[r:COERCES {id: 'fp-063'}]->(b)
ON CREATE SET r.weight = 0.5, r.status = 'CLAIMED', r.claimedBy = ['asim-munir'],
  r.quote = 'touting the cease-fire as a triumph of robust military preparedness, nuclear deterrence, and diplomatic outreach', r.source = 'fp-2025-ceasefire-baseline';

MATCH (a:Actor {id: 'pakistan'})
MATCH (b:Actor {id: 'india'})
MERGE (a)-[r:ATTACKS {id: 'fp-064'}]->(b)
ON CREATE SET r.weight = 0.6, r.status = 'CONFIRMED', r.claimedBy = [], r.until = date('2025-05-10'),
  r.quote = 'Pakistan’s retaliatory drone attacks against Indian border posts', r.source = 'fp-2025-ceasefire-baseline';

MATCH (a:Actor {id: 'australia'})
MATCH (b:Actor {id: 'quad'})
MERGE (a)-[r:MEMBER_OF {id: 'fp-065'}]->(b)
ON CREATE SET r.weight = 0.5, r.status = 'CONFIRMED', r.claimedBy = [],
  r.quote = 'the Quad, the Indo-Pacific partnership comprising Australia, India, Japan, and the United States', r.source = 'fp-2025-ceasefire-baseline';

MATCH (a:Actor {id: 'india'})
MATCH (b:Actor {id: 'quad'})
MERGE (a)-[r:MEMBER_OF {id: 'fp-066'}]->(b)
ON CREATE SET r.weight = 0.6, r.status = 'CONFIRMED', r.claimedBy = [],
  r.quote = 'the Quad, the Indo-Pacific partnership comprising Australia, India, Japan, and the United States', r.source = 'fp-2025-ceasefire-baseline';

MATCH (a:Actor {id: 'japan'})
MATCH (b:Actor {id: 'quad'})
MERGE (a)-[r:MEMBER_OF {id: 'fp-067'}]->(b)
ON CREATE SET r.weight = 0.5, r.status = 'CONFIRMED', r.claimedBy = [],
  r.quote = 'the Quad, the Indo-Pacific partnership comprising Australia, India, Japan, and the United States', r.source = 'fp-2025-ceasefire-baseline';

MATCH (a:Actor {id: 'united-states'})
MATCH (b:Actor {id: 'quad'})
MERGE (a)-[r:MEMBER_OF {id: 'fp-068'}]->(b)
ON CREATE SET r.weight = 0.6, r.status = 'CONFIRMED', r.claimedBy = [],
  r.quote = 'the Quad, the Indo-Pacific partnership comprising Australia, India, Japan, and the United States', r.source = 'fp-2025-ceasefire-baseline';

MATCH (a:Actor {id: 'quad'})
MATCH (b:Actor {id: 'china'})
MERGE (a)-[r:OPPOSES {id: 'fp-069'}]->(b)
ON CREATE SET r.weight = 0.4, r.status = 'CONFIRMED', r.claimedBy = [],
  r.quote = 'Despite its stated focus on countering Chinese assertiveness', r.source = 'fp-2025-ceasefire-baseline';

MATCH (a:Actor {id: 'quad'})
MATCH (b:Actor {id: 'india'})
MERGE (a)-[r:SUPPORTS {id: 'fp-070'}]->(b)
ON CREATE SET r.weight = 0.4, r.status = 'DENIED', r.claimedBy = [],
  r.quote = 'the Quad failed to coordinate a response or offer India strategic backing', r.source = 'fp-2025-ceasefire-baseline';

MATCH (a:Actor {id: 'india'})
MATCH (b:Actor {id: 'china'})
MERGE (a)-[r:OPPOSES {id: 'fp-071'}]->(b)
ON CREATE SET r.weight = 0.5, r.status = 'CONFIRMED', r.claimedBy = [],
  r.quote = 'India’s preoccupation with Pakistan has diverted attention from its maritime competition with China', r.source = 'fp-2025-ceasefire-baseline';

MATCH (a:Actor {id: 'india'})
MATCH (b:Actor {id: 'china'})
MERGE (a)-[r:OPPOSES {id: 'fp-072'}]->(b)
ON CREATE SET r.weight = 0.5, r.status = 'CONFIRMED', r.claimedBy = [],
  r.quote = 'the forces earmarked for its border with China since 2020', r.source = 'fp-2025-ceasefire-baseline';

MATCH (a:Actor {id: 'pakistan'})
MATCH (b:Actor {id: 'india'})
MERGE (a)-[r:THREATENS {id: 'fp-073'}]->(b)
ON CREATE SET r.weight = 0.7, r.status = 'CONFIRMED', r.claimedBy = [],
  r.quote = 'Pakistan engaged in nuclear posturing by announcing the meeting of its nuclear command authority', r.source = 'fp-2025-ceasefire-baseline';

MATCH (a:Actor {id: 'pakistan-nuclear-command-authority'})
MATCH (b:Actor {id: 'pakistan'})
MERGE (a)-[r:AFFILIATED_WITH {id: 'fp-074'}]->(b)
ON CREATE SET r.weight = 0.3, r.status = 'CONFIRMED', r.claimedBy = [],
  r.quote = 'announcing the meeting of its nuclear command authority', r.source = 'fp-2025-ceasefire-baseline';

MATCH (a:Actor {id: 'donald-trump'})
MATCH (b:Actor {id: 'united-states'})
MERGE (a)-[r:LEADS {id: 'fp-075'}]->(b)
ON CREATE SET r.weight = 0.9, r.status = 'CONFIRMED', r.claimedBy = [],
  r.quote = 'U.S. President Donald Trump', r.source = 'fp-2025-ceasefire-baseline';

MATCH (a:Actor {id: 'shehbaz-sharif'})
MATCH (b:Actor {id: 'pakistan'})
MERGE (a)-[r:LEADS {id: 'fp-076'}]->(b)
ON CREATE SET r.weight = 0.8, r.status = 'CONFIRMED', r.claimedBy = [],
  r.quote = 'Pakistani Prime Minister Shehbaz Sharif', r.source = 'fp-2025-ceasefire-baseline';

MATCH (a:Actor {id: 'china'})
MATCH (b:Actor {id: 'india'})
MERGE (a)-[r:OPPOSES {id: 'fp-077'}]->(b)
ON CREATE SET r.weight = 0.4, r.status = 'CONFIRMED', r.claimedBy = [],
  r.quote = 'India’s preoccupation with Pakistan has diverted attention from its maritime competition with China, allowing Beijing to consolidate influence in the Indian Ocean', r.source = 'fp-2025-ceasefire-baseline';

MATCH (a:Actor {id: 'india-ministry-of-external-affairs'})
MATCH (b:Actor {id: 'government-of-india'})
MERGE (a)-[r:AFFILIATED_WITH {id: 'fp-078'}]->(b)
ON CREATE SET r.weight = 0.4, r.status = 'CONFIRMED', r.claimedBy = [],
  r.quote = 'officials from India’s Ministry of External Affairs', r.source = 'fp-2025-ceasefire-baseline';

MATCH (a:Actor {id: 'jd-vance'})
MATCH (b:Actor {id: 'united-states'})
MERGE (a)-[r:AFFILIATED_WITH {id: 'fp-079'}]->(b)
ON CREATE SET r.weight = 0.4, r.status = 'CONFIRMED', r.claimedBy = [],
  r.quote = 'Vice President J.D. Vance', r.source = 'fp-2025-ceasefire-baseline';

MATCH (a:Actor {id: 'vikram-misri'})
MATCH (b:Actor {id: 'government-of-india'})
MERGE (a)-[r:AFFILIATED_WITH {id: 'fp-080'}]->(b)
ON CREATE SET r.weight = 0.4, r.status = 'CONFIRMED', r.claimedBy = [],
  r.quote = 'the Indian Foreign Secretary Vikram Misri', r.source = 'fp-2025-ceasefire-baseline';
