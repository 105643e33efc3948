// The two analysis articles the seed relations are drawn from. The South Asian Voices title is descriptive (the text
// carries none). published is when the article appeared, kept apart from when the relations it reports held.

// published 2025-05-07: the article's own page, https://southasianvoices.org/geo-c-pk-r-pahalgam-crisis-05-07-2025/,
// carries the date 05-07-2025, which can only be 7 May (on 5 July the text would know of the cease-fire of 10 May); the
// text agrees: it reports the strikes 'in the wee hours of May 7, 2025', Sharif's speech and Rubio's calls of that day as
// just past, and nothing of the drone exchanges from 8 May.
MERGE (s:Source {id: 'sav-2025-pahalgam-crisis'}) SET s.title = 'India-Pakistan after Pahalgam: crisis triggers, war constituencies and third-party crisis intervention', s.publisher = 'South Asian Voices (Stimson Center)', s.published = date('2025-05-07'), s.url = 'https://southasianvoices.org/geo-c-pk-r-pahalgam-crisis-05-07-2025/';

// published left out: the text itself was written in the week after the cease-fire (the conflict 'ended abruptly last
// weekend', i.e. 10 May, and it mentions Modi's address 'on Monday', 12 May); a republication of it on dnyuz.com is dated
// 2025-05-15, but Foreign Policy's own page, and so its own date, was not found, so the date is not established.
MERGE (s:Source {id: 'fp-2025-ceasefire-baseline'}) SET s.title = 'India-Pakistan Cease-Fire Cements a Dangerous Baseline', s.publisher = 'Foreign Policy';
