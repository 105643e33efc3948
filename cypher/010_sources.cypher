// The two analysis articles the seed relations are drawn from. Neither text states its own publication date,
// so published is left out; the South Asian Voices title is descriptive (the text carries none).

MERGE (s:Source {id: 'sav-2025-pahalgam-crisis'}) SET s.title = 'India-Pakistan after Pahalgam: crisis triggers, war constituencies and third-party crisis intervention', s.publisher = 'South Asian Voices (Stimson Center)';
MERGE (s:Source {id: 'fp-2025-ceasefire-baseline'}) SET s.title = 'India-Pakistan Cease-Fire Cements a Dangerous Baseline', s.publisher = 'Foreign Policy';
