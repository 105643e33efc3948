// Relations stated or reported as claims in the Foreign Policy analysis India-Pakistan Cease-Fire Cements a Dangerous Baseline,
// written in the week after the cease-fire of 10 May 2025. Each relationship is one sourced claim; its quote is verbatim.
//
// Dates follow the rules in 030_relations_sav.cypher: since, and until where it ended, each with its reason
// ("article:" with the article's own words, or "record:" with the dated public event and why the relation is it)
// in the comment above the statement. The article's 'last weekend' is 10 May 2025 ('a U.S.-brokered cease-fire on
// May 10') and its 'Monday' is 12 May 2025.

// since 1999-05-03, record: the Kargil war, dated from the discovery of the intrusion on 1999-05-03 to its end on 1999-07-26, because
//   the occupation of the posts is that war (the intrusions began in the months before, the war is dated from 3 May); the article: 'In the summer of 1999'
// until 1999-07-26, record: India declared the posts retaken and the war over on 1999-07-26, because the fighting ended with it
MATCH (a:Actor {id: 'pakistan-army'})
MATCH (b:Actor {id: 'indian-army'})
MERGE (a)-[r:ATTACKS {id: 'fp-001'}]->(b)
ON CREATE SET r.weight = 0.6, r.status = 'CONFIRMED', r.claimedBy = [], r.since = date('1999-05-03'), r.until = date('1999-07-26'),
  r.quote = 'Pakistani forces occupied Indian positions across the contested border, known as the Line of Control (LoC)', r.source = 'fp-2025-ceasefire-baseline';

// since 1999-05-03, record: the Kargil war, dated from the discovery of the intrusion on 1999-05-03 to its end on 1999-07-26, because
//   the operations to reclaim the posts are that war; the article: 'In the summer of 1999'
// until 1999-07-26, record: India declared the posts retaken and the war over on 1999-07-26, because the fighting ended with it
MATCH (a:Actor {id: 'indian-army'})
MATCH (b:Actor {id: 'pakistan-army'})
MERGE (a)-[r:ATTACKS {id: 'fp-002'}]->(b)
ON CREATE SET r.weight = 0.6, r.status = 'CONFIRMED', r.claimedBy = [], r.since = date('1999-05-03'), r.until = date('1999-07-26'),
  r.quote = 'India launched military operations to reclaim the posts', r.source = 'fp-2025-ceasefire-baseline';

// since 1999-07-04, record: Clinton met Nawaz Sharif at Blair House on 1999-07-04, where Sharif agreed to withdraw, because that is
//   the brokering the quote names
// until 1999-07-26, record: the war ended on 1999-07-26 with the withdrawal complete, because the mediation ended with the
//   withdrawal it brokered, so in 1999
MATCH (a:Actor {id: 'bill-clinton'})
MATCH (b:Actor {id: 'pakistan'})
MERGE (a)-[r:MEDIATES {id: 'fp-003'}]->(b)
ON CREATE SET r.weight = 0.7, r.status = 'CONFIRMED', r.claimedBy = [], r.since = date('1999-07-04'), r.until = date('1999-07-26'),
  r.quote = 'U.S. President Bill Clinton ultimately brokered a tense withdrawal that restored a fragile calm along the LoC', r.source = 'fp-2025-ceasefire-baseline';

// since 1999-07-04, record: Clinton met Nawaz Sharif at Blair House on 1999-07-04, where Sharif agreed to withdraw, because that is
//   the brokering the quote names
// until 1999-07-26, record: the war ended on 1999-07-26 with the withdrawal complete, because the mediation ended with the
//   withdrawal it brokered, so in 1999
MATCH (a:Actor {id: 'bill-clinton'})
MATCH (b:Actor {id: 'india'})
MERGE (a)-[r:MEDIATES {id: 'fp-004'}]->(b)
ON CREATE SET r.weight = 0.6, r.status = 'CONFIRMED', r.claimedBy = [], r.since = date('1999-07-04'), r.until = date('1999-07-26'),
  r.quote = 'U.S. President Bill Clinton ultimately brokered a tense withdrawal that restored a fragile calm along the LoC', r.source = 'fp-2025-ceasefire-baseline';

// since 1999-07-04, record: Clinton met Nawaz Sharif at Blair House on 1999-07-04, where Sharif agreed to withdraw, because that is
//   the brokering the quote names
// until 1999-07-26, record: the war ended on 1999-07-26 with the withdrawal complete, because the mediation ended with the
//   withdrawal it brokered, so in 1999
MATCH (a:Actor {id: 'bill-clinton'})
MATCH (b:Actor {id: 'india'})
MERGE (a)-[r:MEDIATES {id: 'fp-005'}]->(b)
ON CREATE SET r.weight = 0.5, r.status = 'CONFIRMED', r.claimedBy = [], r.since = date('1999-07-04'), r.until = date('1999-07-26'),
  r.quote = 'When Clinton intervened in Kargil in 1999, he lowered the escalation ladder', r.source = 'fp-2025-ceasefire-baseline';

// since 2025-05-07, record: Operation Sindoor, the Indian strikes of the early hours of 2025-05-07, because they began the exchange
//   of missiles, drones and artillery the quote describes (the article: 'This month')
// until 2025-05-10, article: 'The clashes ended via a U.S.-brokered cease-fire on May 10'
MATCH (a:Actor {id: 'india'})
MATCH (b:Actor {id: 'pakistan'})
MERGE (a)-[r:ATTACKS {id: 'fp-006'}]->(b)
ON CREATE SET r.weight = 1.0, r.status = 'CONFIRMED', r.claimedBy = [], r.since = date('2025-05-07'), r.until = date('2025-05-10'),
  r.quote = 'India and Pakistan launched missiles, drones, and artillery fire in a dramatic escalation', r.source = 'fp-2025-ceasefire-baseline';

// since 2025-05-07, record: Pakistani artillery fire along the LoC, on Poonch among other places, on 2025-05-07 after the Indian
//   strikes, because that is the Pakistani side of the exchange the quote describes
// until 2025-05-10, article: 'The clashes ended via a U.S.-brokered cease-fire on May 10'
MATCH (a:Actor {id: 'pakistan'})
MATCH (b:Actor {id: 'india'})
MERGE (a)-[r:ATTACKS {id: 'fp-007'}]->(b)
ON CREATE SET r.weight = 0.9, r.status = 'CONFIRMED', r.claimedBy = [], r.since = date('2025-05-07'), r.until = date('2025-05-10'),
  r.quote = 'India and Pakistan launched missiles, drones, and artillery fire in a dramatic escalation', r.source = 'fp-2025-ceasefire-baseline';

// since 2025-05-10, article: 'The clashes ended via a U.S.-brokered cease-fire on May 10'
MATCH (a:Actor {id: 'india'})
MATCH (b:Actor {id: 'pakistan'})
MERGE (a)-[r:AGREES_CEASEFIRE_WITH {id: 'fp-008'}]->(b)
ON CREATE SET r.weight = 0.8, r.status = 'CONFIRMED', r.claimedBy = [], r.since = date('2025-05-10'),
  r.quote = 'why New Delhi abruptly agreed to a cease-fire', r.source = 'fp-2025-ceasefire-baseline';

// since 2025-05-10, article: 'The clashes ended via a U.S.-brokered cease-fire on May 10'
MATCH (a:Actor {id: 'pakistan'})
MATCH (b:Actor {id: 'india'})
MERGE (a)-[r:AGREES_CEASEFIRE_WITH {id: 'fp-009'}]->(b)
ON CREATE SET r.weight = 0.8, r.status = 'CONFIRMED', r.claimedBy = [], r.since = date('2025-05-10'),
  r.quote = 'This cease-fire between India and Pakistan represents not a resolution but a perilous and temporary pause in their long-standing hostilities', r.source = 'fp-2025-ceasefire-baseline';

// since 2025-05-09, record: Vance called Modi and Rubio called Asim Munir on 2025-05-09, the talks that led to the cease-fire, because
//   they are the U.S. mediation (the article: 'after Secretary of State Marco Rubio and Vice President J.D. Vance mediated urgent talks')
// until 2025-05-10, article: 'The clashes ended via a U.S.-brokered cease-fire on May 10'
//   (the mediation ended with the deal)
MATCH (a:Actor {id: 'united-states'})
MATCH (b:Actor {id: 'pakistan'})
MERGE (a)-[r:MEDIATES {id: 'fp-010'}]->(b)
ON CREATE SET r.weight = 0.9, r.status = 'CONFIRMED', r.claimedBy = [], r.since = date('2025-05-09'), r.until = date('2025-05-10'),
  r.quote = 'The clashes ended via a U.S.-brokered cease-fire on May 10', r.source = 'fp-2025-ceasefire-baseline';

// since 2025-05-09, record: Vance called Modi and Rubio called Asim Munir on 2025-05-09, the talks that led to the cease-fire, because
//   they are the U.S. mediation Trump claims (the article: 'after Secretary of State Marco Rubio and Vice President J.D. Vance mediated urgent talks')
// until 2025-05-10, article: 'The clashes ended via a U.S.-brokered cease-fire on May 10'
//   (the mediation ended with the deal)
MATCH (a:Actor {id: 'united-states'})
MATCH (b:Actor {id: 'india'})
MERGE (a)-[r:MEDIATES {id: 'fp-011'}]->(b)
ON CREATE SET r.weight = 0.8, r.status = 'DISPUTED', r.claimedBy = ['donald-trump'], r.since = date('2025-05-09'), r.until = date('2025-05-10'),
  r.quote = 'Modi’s assertions clash with Trump’s claim of U.S. mediation, a political third rail in New Delhi', r.source = 'fp-2025-ceasefire-baseline';

// since 2025-05-09, record: Vance called Modi and Rubio called Asim Munir on 2025-05-09, the talks that led to the cease-fire, because
//   they are the talks Rubio mediated (the article: 'after Secretary of State Marco Rubio and Vice President J.D. Vance mediated urgent talks')
// until 2025-05-10, article: 'The clashes ended via a U.S.-brokered cease-fire on May 10'
//   (the mediation ended with the deal)
MATCH (a:Actor {id: 'marco-rubio'})
MATCH (b:Actor {id: 'pakistan'})
MERGE (a)-[r:MEDIATES {id: 'fp-012'}]->(b)
ON CREATE SET r.weight = 0.8, r.status = 'CONFIRMED', r.claimedBy = [], r.since = date('2025-05-09'), r.until = date('2025-05-10'),
  r.quote = 'Secretary of State Marco Rubio and Vice President J.D. Vance mediated urgent talks between the two countries', r.source = 'fp-2025-ceasefire-baseline';

// since 2025-05-09, record: Vance called Modi and Rubio called Asim Munir on 2025-05-09, the talks that led to the cease-fire, because
//   they are the talks Rubio mediated (the article: 'after Secretary of State Marco Rubio and Vice President J.D. Vance mediated urgent talks')
// until 2025-05-10, article: 'The clashes ended via a U.S.-brokered cease-fire on May 10'
//   (the mediation ended with the deal)
MATCH (a:Actor {id: 'marco-rubio'})
MATCH (b:Actor {id: 'india'})
MERGE (a)-[r:MEDIATES {id: 'fp-013'}]->(b)
ON CREATE SET r.weight = 0.7, r.status = 'DISPUTED', r.claimedBy = ['united-states'], r.since = date('2025-05-09'), r.until = date('2025-05-10'),
  r.quote = 'Secretary of State Marco Rubio and Vice President J.D. Vance mediated urgent talks between the two countries', r.source = 'fp-2025-ceasefire-baseline';

// since 2025-05-09, record: Vance called Modi and Rubio called Asim Munir on 2025-05-09, the talks that led to the cease-fire, because
//   they are the talks Vance mediated (the article: 'after Secretary of State Marco Rubio and Vice President J.D. Vance mediated urgent talks')
// until 2025-05-10, article: 'The clashes ended via a U.S.-brokered cease-fire on May 10'
//   (the mediation ended with the deal)
MATCH (a:Actor {id: 'jd-vance'})
MATCH (b:Actor {id: 'pakistan'})
MERGE (a)-[r:MEDIATES {id: 'fp-014'}]->(b)
ON CREATE SET r.weight = 0.6, r.status = 'CONFIRMED', r.claimedBy = [], r.since = date('2025-05-09'), r.until = date('2025-05-10'),
  r.quote = 'Secretary of State Marco Rubio and Vice President J.D. Vance mediated urgent talks between the two countries', r.source = 'fp-2025-ceasefire-baseline';

// since 2025-05-09, record: Vance called Modi and Rubio called Asim Munir on 2025-05-09, the talks that led to the cease-fire, because
//   they are the talks Vance mediated (the article: 'after Secretary of State Marco Rubio and Vice President J.D. Vance mediated urgent talks')
// until 2025-05-10, article: 'The clashes ended via a U.S.-brokered cease-fire on May 10'
//   (the mediation ended with the deal)
MATCH (a:Actor {id: 'jd-vance'})
MATCH (b:Actor {id: 'india'})
MERGE (a)-[r:MEDIATES {id: 'fp-015'}]->(b)
ON CREATE SET r.weight = 0.5, r.status = 'DISPUTED', r.claimedBy = ['united-states'], r.since = date('2025-05-09'), r.until = date('2025-05-10'),
  r.quote = 'Secretary of State Marco Rubio and Vice President J.D. Vance mediated urgent talks between the two countries', r.source = 'fp-2025-ceasefire-baseline';

// since 2025-05-10, record: Trump announced the cease-fire and the U.S. part in it on 2025-05-10, because the relation is the
//   mediation he took credit for that day
// until 2025-05-10, article: 'The clashes ended via a U.S.-brokered cease-fire on May 10'
//   (the mediation ended with the deal; his later offer is fp-020 and fp-021)
MATCH (a:Actor {id: 'donald-trump'})
MATCH (b:Actor {id: 'india'})
MERGE (a)-[r:MEDIATES {id: 'fp-016'}]->(b)
ON CREATE SET r.weight = 0.7, r.status = 'DISPUTED', r.claimedBy = ['donald-trump'], r.since = date('2025-05-10'), r.until = date('2025-05-10'),
  r.quote = 'the U.S. president taking credit for the cease-fire contradicts India’s long-standing policy of strictly bilateral engagement with Pakistan', r.source = 'fp-2025-ceasefire-baseline';

// since 2025-05-10, record: Trump announced the cease-fire and the U.S. part in it on 2025-05-10, because the relation is the
//   mediation he took credit for that day
// until 2025-05-10, article: 'The clashes ended via a U.S.-brokered cease-fire on May 10'
//   (the mediation ended with the deal; his later offer is fp-020 and fp-021)
MATCH (a:Actor {id: 'donald-trump'})
MATCH (b:Actor {id: 'pakistan'})
MERGE (a)-[r:MEDIATES {id: 'fp-017'}]->(b)
ON CREATE SET r.weight = 0.7, r.status = 'CONFIRMED', r.claimedBy = [], r.since = date('2025-05-10'), r.until = date('2025-05-10'),
  r.quote = 'the U.S.-brokered truce that Trump reiterated publicly', r.source = 'fp-2025-ceasefire-baseline';

// since 2025-05-10, record: the two DGMOs agreed the cessation of firing in a call on the afternoon of 2025-05-10, announced by Misri
//   that day, because that is the direct negotiation the MEA officials describe
// until 2025-05-10, record: the DGMOs agreed the cessation of firing on 2025-05-10, because the negotiation ended with that deal
MATCH (a:Actor {id: 'india'})
MATCH (b:Actor {id: 'pakistan'})
MERGE (a)-[r:NEGOTIATES_WITH {id: 'fp-018'}]->(b)
ON CREATE SET r.weight = 0.6, r.status = 'DISPUTED', r.claimedBy = ['india-ministry-of-external-affairs'], r.since = date('2025-05-10'), r.until = date('2025-05-10'),
  r.quote = 'officials from India’s Ministry of External Affairs, without issuing any official rebuttal, held that the deal was directly negotiated', r.source = 'fp-2025-ceasefire-baseline';

// since 2025-05-10, record: Sharif thanked Trump on 2025-05-10, when Pakistan accepted the cease-fire in the interest of regional
//   peace, because the quote is that thanks
MATCH (a:Actor {id: 'shehbaz-sharif'})
MATCH (b:Actor {id: 'donald-trump'})
MERGE (a)-[r:PRAISES {id: 'fp-019'}]->(b)
ON CREATE SET r.weight = 0.6, r.status = 'CONFIRMED', r.claimedBy = [], r.since = date('2025-05-10'),
  r.quote = 'Pakistani Prime Minister Shehbaz Sharif thanked Trump for “regional peace,”', r.source = 'fp-2025-ceasefire-baseline';

// since 2025-05-11, record: Trump offered on 2025-05-11 to work with both countries towards a solution on Kashmir, because that is
//   the subsequent offer the quote names
MATCH (a:Actor {id: 'donald-trump'})
MATCH (b:Actor {id: 'india'})
MERGE (a)-[r:OFFERS_MEDIATION {id: 'fp-020'}]->(b)
ON CREATE SET r.weight = 0.6, r.status = 'CONFIRMED', r.claimedBy = [], r.since = date('2025-05-11'),
  r.quote = 'Trump’s subsequent offer to further mediate over Kashmir', r.source = 'fp-2025-ceasefire-baseline';

// since 2025-05-11, record: Trump offered on 2025-05-11 to work with both countries towards a solution on Kashmir, because that is
//   the subsequent offer the quote names
MATCH (a:Actor {id: 'donald-trump'})
MATCH (b:Actor {id: 'pakistan'})
MERGE (a)-[r:OFFERS_MEDIATION {id: 'fp-021'}]->(b)
ON CREATE SET r.weight = 0.6, r.status = 'CONFIRMED', r.claimedBy = [], r.since = date('2025-05-11'),
  r.quote = 'Trump’s subsequent offer to further mediate over Kashmir', r.source = 'fp-2025-ceasefire-baseline';

// since 2025-05-10, record: Rubio's statement of 2025-05-10 announcing the cease-fire said talks on a broad set of issues would
//   start at a neutral site, because the quote is that assertion
MATCH (a:Actor {id: 'pakistan'})
MATCH (b:Actor {id: 'india'})
MERGE (a)-[r:NEGOTIATES_WITH {id: 'fp-022'}]->(b)
ON CREATE SET r.weight = 0.4, r.status = 'CLAIMED', r.claimedBy = ['marco-rubio'], r.since = date('2025-05-10'),
  r.quote = 'Rubio’s assertion that broader talks would follow at a neutral venue', r.source = 'fp-2025-ceasefire-baseline';

// since 2025-05-10, record: on 2025-05-10 Indian officials held that the cessation of firing was worked out directly between the
//   two countries, because those are the objections to the U.S. intervention the quote names
MATCH (a:Actor {id: 'india'})
MATCH (b:Actor {id: 'united-states'})
MERGE (a)-[r:CRITICIZES {id: 'fp-023'}]->(b)
ON CREATE SET r.weight = 0.4, r.status = 'CONFIRMED', r.claimedBy = [], r.since = date('2025-05-10'),
  r.quote = 'His ability to secure U.S. intervention, despite India’s objections', r.source = 'fp-2025-ceasefire-baseline';

// since 2025-05-09, record: Rubio called Munir on 2025-05-09 and offered U.S. help with talks, because that is the U.S.
//   intervention the quote says Munir secured
MATCH (a:Actor {id: 'asim-munir'})
MATCH (b:Actor {id: 'united-states'})
MERGE (a)-[r:COOPERATES_WITH {id: 'fp-024'}]->(b)
ON CREATE SET r.weight = 0.5, r.status = 'CONFIRMED', r.claimedBy = [], r.since = date('2025-05-09'),
  r.quote = 'His ability to secure U.S. intervention, despite India’s objections, has reinforced Pakistan’s relevance in great-power politics', r.source = 'fp-2025-ceasefire-baseline';

// since 2025-05-10, article: 'The clashes ended via a U.S.-brokered cease-fire on May 10'
//   (the relation is a claim about what forced that truce, so it holds from the truce)
MATCH (a:Actor {id: 'india'})
MATCH (b:Actor {id: 'pakistan'})
MERGE (a)-[r:COERCES {id: 'fp-025'}]->(b)
ON CREATE SET r.weight = 0.7, r.status = 'DISPUTED', r.claimedBy = ['india'], r.since = date('2025-05-10'),
  r.quote = 'India says its BrahMos missile strikes forced Pakistan to seek peace, while Pakistan credits its nuclear signaling and diplomatic maneuvering', r.source = 'fp-2025-ceasefire-baseline';

// since 2025-05-10, article: 'The clashes ended via a U.S.-brokered cease-fire on May 10'
//   (the relation is a claim about what forced that truce, so it holds from the truce)
MATCH (a:Actor {id: 'pakistan'})
MATCH (b:Actor {id: 'india'})
MERGE (a)-[r:COERCES {id: 'fp-026'}]->(b)
ON CREATE SET r.weight = 0.6, r.status = 'DISPUTED', r.claimedBy = ['pakistan'], r.since = date('2025-05-10'),
  r.quote = 'India says its BrahMos missile strikes forced Pakistan to seek peace, while Pakistan credits its nuclear signaling and diplomatic maneuvering', r.source = 'fp-2025-ceasefire-baseline';

// since 2025-05-10, article: 'The clashes ended via a U.S.-brokered cease-fire on May 10'
//   (the relation is a claim about what forced that truce, so it holds from the truce)
MATCH (a:Actor {id: 'india'})
MATCH (b:Actor {id: 'pakistan'})
MERGE (a)-[r:COERCES {id: 'fp-027'}]->(b)
ON CREATE SET r.weight = 0.6, r.status = 'DISPUTED', r.claimedBy = ['india'], r.since = date('2025-05-10'),
  r.quote = 'India insists that its strikes compelled Pakistan to seek a truce', r.source = 'fp-2025-ceasefire-baseline';

// since 2025-05-10, article: 'The clashes ended via a U.S.-brokered cease-fire on May 10'
//   (the relation is a claim about what forced that truce, so it holds from the truce)
MATCH (a:Actor {id: 'pakistan'})
MATCH (b:Actor {id: 'india'})
MERGE (a)-[r:COERCES {id: 'fp-028'}]->(b)
ON CREATE SET r.weight = 0.6, r.status = 'DISPUTED', r.claimedBy = ['pakistan'], r.since = date('2025-05-10'),
  r.quote = 'Islamabad frames the cease-fire as a triumph of its nuclear signaling and military resolve. Pakistan thus claims restored deterrence', r.source = 'fp-2025-ceasefire-baseline';

// since 2025-05-10, record: Indian government sources said on 2025-05-10 that any future act of terror would be treated as an act
//   of war, because that is the change of rules the quote reports (New Delhi will now respond militarily)
MATCH (a:Actor {id: 'india'})
MATCH (b:Actor {id: 'pakistan'})
MERGE (a)-[r:THREATENS {id: 'fp-029'}]->(b)
ON CREATE SET r.weight = 0.7, r.status = 'CONFIRMED', r.claimedBy = [], r.since = date('2025-05-10'),
  r.quote = 'India insists that the rules have “irrevocably changed,” meaning that New Delhi will now respond militarily to provocations', r.source = 'fp-2025-ceasefire-baseline';

// since 1966-03-23, record: Chinese-built T-59 tanks and MiG-19 fighters were already in Pakistani service at the Pakistan Day
//   parade of 1966-03-23 (Time, 1 April 1966), after the United States and Britain had refused to resupply Pakistan in the 1965
//   war, because the quote is about that supply, of which China has been the main source for decades; China became the main
//   supplier gradually, on no single date, so the relation is dated from the earliest day the supply itself is certain
MATCH (a:Actor {id: 'china'})
MATCH (b:Actor {id: 'pakistan'})
MERGE (a)-[r:SUPPLIES_ARMS_TO {id: 'fp-030'}]->(b)
ON CREATE SET r.weight = 0.9, r.status = 'CONFIRMED', r.claimedBy = [], r.since = date('1966-03-23'),
  r.quote = 'Its military hardware, including radar systems and surface-to-air missiles deployed by Pakistan, performed effectively during the skirmishes with India', r.source = 'fp-2025-ceasefire-baseline';

// since 1966-03-23, record: Chinese-built T-59 tanks and MiG-19 fighters were already in Pakistani service at the Pakistan Day
//   parade of 1966-03-23, the earliest day Chinese supply is certain, because the quote is about that supply (see fp-030)
MATCH (a:Actor {id: 'china'})
MATCH (b:Actor {id: 'pakistan'})
MERGE (a)-[r:SUPPLIES_ARMS_TO {id: 'fp-031'}]->(b)
ON CREATE SET r.weight = 0.8, r.status = 'CONFIRMED', r.claimedBy = [], r.since = date('1966-03-23'),
  r.quote = 'Pakistan deployed Chinese weapons systems and platforms against top-notch Western equipment employed by India', r.source = 'fp-2025-ceasefire-baseline';

// since 2025-05-07, record: Pakistan said it shot down Indian jets, a Rafale among them, in the night of the Indian strikes of
//   2025-05-07, because the claim is about those shoot-downs
// until 2025-05-10, article: 'The clashes ended via a U.S.-brokered cease-fire on May 10'
MATCH (a:Actor {id: 'pakistan'})
MATCH (b:Actor {id: 'india'})
MERGE (a)-[r:ATTACKS {id: 'fp-032'}]->(b)
ON CREATE SET r.weight = 0.6, r.status = 'CLAIMED', r.claimedBy = ['pakistan'], r.since = date('2025-05-07'), r.until = date('2025-05-10'),
  r.quote = 'According to Pakistan, it used Chinese fighter jets to shoot down some Indian fighter jets, including the 4.5-generation French Rafale aircraft', r.source = 'fp-2025-ceasefire-baseline';

// since 2019-10-08, record: France handed over the first of the Rafale jets of India on 2019-10-08, because the quote names the
//   Rafale (France has sold India combat aircraft since the 1950s, but the relation is about the Rafale)
MATCH (a:Actor {id: 'france'})
MATCH (b:Actor {id: 'india'})
MERGE (a)-[r:SUPPLIES_ARMS_TO {id: 'fp-033'}]->(b)
ON CREATE SET r.weight = 0.5, r.status = 'CONFIRMED', r.claimedBy = [], r.since = date('2019-10-08'),
  r.quote = 'some Indian fighter jets, including the 4.5-generation French Rafale aircraft', r.source = 'fp-2025-ceasefire-baseline';

// since 1998-02-12, record: India and Russia signed the agreement that created BrahMos Aerospace on 1998-02-12, because the quote
//   is about that joint product
MATCH (a:Actor {id: 'india'})
MATCH (b:Actor {id: 'russia'})
MERGE (a)-[r:COOPERATES_WITH {id: 'fp-034'}]->(b)
ON CREATE SET r.weight = 0.5, r.status = 'CONFIRMED', r.claimedBy = [], r.since = date('1998-02-12'),
  r.quote = 'The BrahMos, a joint Indian-Russian product', r.source = 'fp-2025-ceasefire-baseline';

// since 1998-02-12, record: India and Russia signed the agreement that created BrahMos Aerospace on 1998-02-12, because the quote
//   is about that joint product
MATCH (a:Actor {id: 'russia'})
MATCH (b:Actor {id: 'india'})
MERGE (a)-[r:COOPERATES_WITH {id: 'fp-035'}]->(b)
ON CREATE SET r.weight = 0.5, r.status = 'CONFIRMED', r.claimedBy = [], r.since = date('1998-02-12'),
  r.quote = 'The BrahMos, a joint Indian-Russian product', r.source = 'fp-2025-ceasefire-baseline';

// since 2025-05-10, record: India struck Pakistani air bases, Nur Khan among them, early on 2025-05-10, the strikes in which the
//   BrahMos made its debut, because the quote names them
// until 2025-05-10, record: the cease-fire of 2025-05-10, because it ended the strikes
MATCH (a:Actor {id: 'india'})
MATCH (b:Actor {id: 'pakistan-army'})
MERGE (a)-[r:ATTACKS {id: 'fp-036'}]->(b)
ON CREATE SET r.weight = 0.8, r.status = 'CONFIRMED', r.claimedBy = [], r.since = date('2025-05-10'), r.until = date('2025-05-10'),
  r.quote = 'the debut of India’s BrahMos supersonic cruise missiles against Pakistani air bases', r.source = 'fp-2025-ceasefire-baseline';

// since 2025-05-10, record: the strikes on the air bases of 2025-05-10, because the coercion Modi claims is their effect
MATCH (a:Actor {id: 'india'})
MATCH (b:Actor {id: 'pakistan-army'})
MERGE (a)-[r:COERCES {id: 'fp-037'}]->(b)
ON CREATE SET r.weight = 0.5, r.status = 'CLAIMED', r.claimedBy = ['narendra-modi'], r.since = date('2025-05-10'),
  r.quote = 'leaving Pakistan’s military “stunned,” according to Indian Prime Minister Narendra Modi', r.source = 'fp-2025-ceasefire-baseline';

// since 2025-04-23, record: India held the Indus Waters Treaty in abeyance on 2025-04-23, because the relation is that suspension
//   (the article: 'which followed the deadly terrorist attack in Indian-administered Kashmir in late April')
MATCH (a:Actor {id: 'india'})
MATCH (b:Actor {id: 'pakistan'})
MERGE (a)-[r:SANCTIONS {id: 'fp-038'}]->(b)
ON CREATE SET r.weight = 0.8, r.status = 'CONFIRMED', r.claimedBy = [], r.since = date('2025-04-23'),
  r.quote = 'New Delhi’s suspension of the Indus Waters Treaty', r.source = 'fp-2025-ceasefire-baseline';

// since 2025-04-23, record: India announced its first measures, the closure of the Attari check post among them, on 2025-04-23 and
//   banned all imports from Pakistan on 2025-05-02, because the quote names those measures; dated from the first
MATCH (a:Actor {id: 'india'})
MATCH (b:Actor {id: 'pakistan'})
MERGE (a)-[r:SANCTIONS {id: 'fp-039'}]->(b)
ON CREATE SET r.weight = 0.7, r.status = 'CONFIRMED', r.claimedBy = [], r.since = date('2025-04-23'),
  r.quote = 'punitive economic measures against Islamabad, which followed the deadly terrorist attack in Indian-administered Kashmir in late April, remain in place after the cease-fire', r.source = 'fp-2025-ceasefire-baseline';

// since 1990-01-01, record: Lashkar-e-Taiba was formed in 1990 as the armed wing of Markaz Dawa-ul-Irshad, because the support the
//   article names is for the group as long as it has existed; the year only, so the first of the year
MATCH (a:Actor {id: 'pakistan'})
MATCH (b:Actor {id: 'lashkar-e-taiba'})
MERGE (a)-[r:SUPPORTS {id: 'fp-040'}]->(b)
ON CREATE SET r.weight = 0.6, r.status = 'CONFIRMED', r.claimedBy = [], r.since = date('1990-01-01'),
  r.quote = 'Pakistan’s unchanged support for jihadi groups targeting India', r.source = 'fp-2025-ceasefire-baseline';

// since 1990-01-01, record: Lashkar-e-Taiba was formed in 1990 as the armed wing of Markaz Dawa-ul-Irshad, because the support the
//   article names is for the group as long as it has existed; the year only, so the first of the year
MATCH (a:Actor {id: 'pakistan'})
MATCH (b:Actor {id: 'lashkar-e-taiba'})
MERGE (a)-[r:SUPPORTS {id: 'fp-041'}]->(b)
ON CREATE SET r.weight = 0.5, r.status = 'CONFIRMED', r.claimedBy = [], r.since = date('1990-01-01'),
  r.quote = 'Pakistan shows no intent to dismantle Kashmir-centric jihadi groups, such as Jaish-e-Mohammed and Lashkar-e-Taiba', r.source = 'fp-2025-ceasefire-baseline';

// since 2000-01-01, record: Masood Azhar founded Jaish-e-Mohammed in 2000, after his release in the hijacking of December 1999,
//   because the support is for the group as long as it has existed; the year only, so the first of the year
MATCH (a:Actor {id: 'pakistan'})
MATCH (b:Actor {id: 'jaish-e-mohammed'})
MERGE (a)-[r:SUPPORTS {id: 'fp-042'}]->(b)
ON CREATE SET r.weight = 0.5, r.status = 'CONFIRMED', r.claimedBy = [], r.since = date('2000-01-01'),
  r.quote = 'Pakistan shows no intent to dismantle Kashmir-centric jihadi groups, such as Jaish-e-Mohammed and Lashkar-e-Taiba', r.source = 'fp-2025-ceasefire-baseline';

// since 2014-05-26, record: Narendra Modi sworn in as Prime Minister on 2014-05-26, because the relation is his leadership as Prime Minister
MATCH (a:Actor {id: 'narendra-modi'})
MATCH (b:Actor {id: 'india'})
MERGE (a)-[r:LEADS {id: 'fp-043'}]->(b)
ON CREATE SET r.weight = 0.9, r.status = 'CONFIRMED', r.claimedBy = [], r.since = date('2014-05-26'),
  r.quote = 'Indian Prime Minister Narendra Modi', r.source = 'fp-2025-ceasefire-baseline';

// since 2014-05-26, record: Narendra Modi sworn in as Prime Minister on 2014-05-26, because the relation is his heading the government
MATCH (a:Actor {id: 'narendra-modi'})
MATCH (b:Actor {id: 'government-of-india'})
MERGE (a)-[r:LEADS {id: 'fp-044'}]->(b)
ON CREATE SET r.weight = 0.8, r.status = 'CONFIRMED', r.claimedBy = [], r.since = date('2014-05-26'),
  r.quote = 'His government claims that the military operation—named Sindoor—remains “active,”', r.source = 'fp-2025-ceasefire-baseline';

// since 2025-05-11, record: the Indian Air Force said on 2025-05-11 that Operation Sindoor was still ongoing, and Modi called it
//   only paused in his address of 2025-05-12, because that is the claim the quote reports
MATCH (a:Actor {id: 'government-of-india'})
MATCH (b:Actor {id: 'pakistan'})
MERGE (a)-[r:THREATENS {id: 'fp-045'}]->(b)
ON CREATE SET r.weight = 0.6, r.status = 'CONFIRMED', r.claimedBy = [], r.since = date('2025-05-11'),
  r.quote = 'His government claims that the military operation—named Sindoor—remains “active,” framing the cease-fire with Pakistan as a tactical pause rather than a resolution', r.source = 'fp-2025-ceasefire-baseline';

// since 2025-05-07, record: the strikes of the first night of Operation Sindoor, 2025-05-07, hit the camps, because the claimed
//   damage is theirs
// until 2025-05-10, article: 'The clashes ended via a U.S.-brokered cease-fire on May 10'
MATCH (a:Actor {id: 'india'})
MATCH (b:Actor {id: 'kashmir-militants'})
MERGE (a)-[r:ATTACKS {id: 'fp-046'}]->(b)
ON CREATE SET r.weight = 0.5, r.status = 'CLAIMED', r.claimedBy = ['narendra-modi'], r.since = date('2025-05-07'), r.until = date('2025-05-10'),
  r.quote = 'Modi’s claims of unimaginable damage inflicted on terrorist camps during Operation Sindoor', r.source = 'fp-2025-ceasefire-baseline';

// since 2025-05-12, article: 'Within minutes of Modi’s public address on Monday following the cease-fire' (Monday 12 May 2025;
//   the address was given that evening)
// until 2025-05-12, record: the sightings of the evening of 2025-05-12, because they were of that one evening
MATCH (a:Actor {id: 'pakistan'})
MATCH (b:Actor {id: 'india'})
MERGE (a)-[r:ATTACKS {id: 'fp-047'}]->(b)
ON CREATE SET r.weight = 0.3, r.status = 'CLAIMED', r.claimedBy = ['india'], r.since = date('2025-05-12'), r.until = date('2025-05-12'),
  r.quote = 'suspected Pakistani drones were seen all over northern India, bringing India’s air defenses into play', r.source = 'fp-2025-ceasefire-baseline';

// since 2025-05-10, article: 'the perception of external mediation is politically toxic, fueling accusations of weakness' + 'The clashes
//   ended via a U.S.-brokered cease-fire on May 10' (the mediation is that of the cease-fire)
MATCH (a:Actor {id: 'hindu-nationalists'})
MATCH (b:Actor {id: 'narendra-modi'})
MERGE (a)-[r:ACCUSES {id: 'fp-048'}]->(b)
ON CREATE SET r.weight = 0.4, r.status = 'CONFIRMED', r.claimedBy = [], r.since = date('2025-05-10'),
  r.quote = 'fueling accusations of weakness from Modi’s Hindu-nationalist base', r.source = 'fp-2025-ceasefire-baseline';

// since 2014-05-26, record: Narendra Modi Prime Minister since 2014-05-26, because the article speaks of his base as that of the
//   national leader ('as Modi has wanted for more than a decade'); its support began earlier, which the article does not consider
MATCH (a:Actor {id: 'hindu-nationalists'})
MATCH (b:Actor {id: 'narendra-modi'})
MERGE (a)-[r:SUPPORTS {id: 'fp-049'}]->(b)
ON CREATE SET r.weight = 0.5, r.status = 'CONFIRMED', r.claimedBy = [], r.since = date('2014-05-26'),
  r.quote = 'Modi’s Hindu-nationalist base', r.source = 'fp-2025-ceasefire-baseline';

// since 2025-05-10, article: 'Even former Indian Army chiefs were disappointed by the sudden announcement' + 'The clashes ended via a
//   U.S.-brokered cease-fire on May 10'
MATCH (a:Actor {id: 'former-indian-army-chiefs'})
MATCH (b:Actor {id: 'government-of-india'})
MERGE (a)-[r:CRITICIZES {id: 'fp-050'}]->(b)
ON CREATE SET r.weight = 0.4, r.status = 'CONFIRMED', r.claimedBy = [], r.since = date('2025-05-10'),
  r.quote = 'Even former Indian Army chiefs were disappointed by the sudden announcement', r.source = 'fp-2025-ceasefire-baseline';

// since 1947-08-15, record: the Indian Army of independent India dates from 1947-08-15, because its chiefs, former chiefs among
//   them, belong to it from then; nothing in the crisis dates this affiliation
MATCH (a:Actor {id: 'former-indian-army-chiefs'})
MATCH (b:Actor {id: 'indian-army'})
MERGE (a)-[r:AFFILIATED_WITH {id: 'fp-051'}]->(b)
ON CREATE SET r.weight = 0.2, r.status = 'CONFIRMED', r.claimedBy = [], r.since = date('1947-08-15'),
  r.quote = 'former Indian Army chiefs', r.source = 'fp-2025-ceasefire-baseline';

// since 2025-05-10, article: 'Modi’s supporters have lambasted the truce as a surrender' + 'The clashes ended via a U.S.-brokered
//   cease-fire on May 10'
MATCH (a:Actor {id: 'hindu-nationalists'})
MATCH (b:Actor {id: 'government-of-india'})
MERGE (a)-[r:CRITICIZES {id: 'fp-052'}]->(b)
ON CREATE SET r.weight = 0.5, r.status = 'CONFIRMED', r.claimedBy = [], r.since = date('2025-05-10'),
  r.quote = 'Modi’s supporters have lambasted the truce as a surrender', r.source = 'fp-2025-ceasefire-baseline';

// since 2025-05-10, record: Misri announced the cessation of firing on 2025-05-10 and was trolled from that evening, because the
//   quote is that trolling
MATCH (a:Actor {id: 'hindu-nationalists'})
MATCH (b:Actor {id: 'vikram-misri'})
MERGE (a)-[r:CRITICIZES {id: 'fp-053'}]->(b)
ON CREATE SET r.weight = 0.5, r.status = 'CONFIRMED', r.claimedBy = [], r.since = date('2025-05-10'),
  r.quote = 'Some of them went after the Indian Foreign Secretary Vikram Misri and his family online', r.source = 'fp-2025-ceasefire-baseline';

// since 2025-05-10, record: the trolling of Misri from 2025-05-10, because the support denied is support during it
MATCH (a:Actor {id: 'government-of-india'})
MATCH (b:Actor {id: 'vikram-misri'})
MERGE (a)-[r:SUPPORTS {id: 'fp-054'}]->(b)
ON CREATE SET r.weight = 0.3, r.status = 'DENIED', r.claimedBy = [], r.since = date('2025-05-10'),
  r.quote = 'no minister in Modi’s government has criticized the trolls or supported the country’s top career diplomat', r.source = 'fp-2025-ceasefire-baseline';

// since 2025-05-10, article: 'Modi’s supporters have lambasted the truce as a surrender' + 'The clashes ended via a U.S.-brokered cease-fire on May 10'
//   (the article sets these demands among the reactions to the truce; some such calls may be older)
MATCH (a:Actor {id: 'bharatiya-janata-party'})
MATCH (b:Actor {id: 'pakistan'})
MERGE (a)-[r:THREATENS {id: 'fp-055'}]->(b)
ON CREATE SET r.weight = 0.5, r.status = 'CONFIRMED', r.claimedBy = [], r.since = date('2025-05-10'),
  r.quote = 'leaders of India’s ruling Bharatiya Janata Party, have demanded the annexation of Pakistani-administered Kashmir', r.source = 'fp-2025-ceasefire-baseline';

// since 2025-05-10, article: 'Modi’s supporters have lambasted the truce as a surrender' + 'The clashes ended via a U.S.-brokered cease-fire on May 10'
//   (the article sets these demands among the reactions to the truce; some such calls may be older)
MATCH (a:Actor {id: 'hindu-nationalists'})
MATCH (b:Actor {id: 'pakistan'})
MERGE (a)-[r:THREATENS {id: 'fp-056'}]->(b)
ON CREATE SET r.weight = 0.5, r.status = 'CONFIRMED', r.claimedBy = [], r.since = date('2025-05-10'),
  r.quote = 'Hindu-nationalist voices, including leaders of India’s ruling Bharatiya Janata Party, have demanded the annexation of Pakistani-administered Kashmir', r.source = 'fp-2025-ceasefire-baseline';

// since 2025-05-10, article: 'Modi’s supporters have lambasted the truce as a surrender' + 'The clashes ended via a U.S.-brokered cease-fire on May 10'
//   (the article sets these demands among the reactions to the truce; some such calls may be older)
MATCH (a:Actor {id: 'hindu-nationalists'})
MATCH (b:Actor {id: 'hafiz-saeed'})
MERGE (a)-[r:THREATENS {id: 'fp-057'}]->(b)
ON CREATE SET r.weight = 0.4, r.status = 'CONFIRMED', r.claimedBy = [], r.since = date('2025-05-10'),
  r.quote = 'the elimination of terrorist leaders such as Hafiz Saeed, who co-founded Lashkar-e-Taiba', r.source = 'fp-2025-ceasefire-baseline';

// since 2025-05-10, article: 'Modi’s supporters have lambasted the truce as a surrender' + 'The clashes ended via a U.S.-brokered cease-fire on May 10'
//   (the article sets these demands among the reactions to the truce; some such calls may be older)
MATCH (a:Actor {id: 'bharatiya-janata-party'})
MATCH (b:Actor {id: 'hafiz-saeed'})
MERGE (a)-[r:THREATENS {id: 'fp-058'}]->(b)
ON CREATE SET r.weight = 0.4, r.status = 'CONFIRMED', r.claimedBy = [], r.since = date('2025-05-10'),
  r.quote = 'the elimination of terrorist leaders such as Hafiz Saeed, who co-founded Lashkar-e-Taiba', r.source = 'fp-2025-ceasefire-baseline';

// since 1990-01-01, record: Lashkar-e-Taiba was formed in 1990 with Hafiz Saeed among its founders, because the quote dates his place
//   from the founding ('who co-founded Lashkar-e-Taiba'); the year only, so the first of the year
MATCH (a:Actor {id: 'hafiz-saeed'})
MATCH (b:Actor {id: 'lashkar-e-taiba'})
MERGE (a)-[r:LEADS {id: 'fp-059'}]->(b)
ON CREATE SET r.weight = 0.7, r.status = 'CONFIRMED', r.claimedBy = [], r.since = date('1990-01-01'),
  r.quote = 'terrorist leaders such as Hafiz Saeed, who co-founded Lashkar-e-Taiba', r.source = 'fp-2025-ceasefire-baseline';

// since 2014-05-26, record: the government led by the BJP took office with Modi on 2014-05-26, because the relation is the party
//   leading that government
MATCH (a:Actor {id: 'bharatiya-janata-party'})
MATCH (b:Actor {id: 'government-of-india'})
MERGE (a)-[r:LEADS {id: 'fp-060'}]->(b)
ON CREATE SET r.weight = 0.6, r.status = 'CONFIRMED', r.claimedBy = [], r.since = date('2014-05-26'),
  r.quote = 'India’s ruling Bharatiya Janata Party', r.source = 'fp-2025-ceasefire-baseline';

// since 1980-04-06, record: the BJP was founded on 1980-04-06, because it has been part of the Hindu-nationalist movement since
MATCH (a:Actor {id: 'bharatiya-janata-party'})
MATCH (b:Actor {id: 'hindu-nationalists'})
MERGE (a)-[r:AFFILIATED_WITH {id: 'fp-061'}]->(b)
ON CREATE SET r.weight = 0.5, r.status = 'CONFIRMED', r.claimedBy = [], r.since = date('1980-04-06'),
  r.quote = 'Hindu-nationalist voices, including leaders of India’s ruling Bharatiya Janata Party', r.source = 'fp-2025-ceasefire-baseline';

// since 2022-11-29, record: Asim Munir became Chief of Army Staff on 2022-11-29, because the relation is his command of the army
MATCH (a:Actor {id: 'asim-munir'})
MATCH (b:Actor {id: 'pakistan-army'})
MERGE (a)-[r:LEADS {id: 'fp-062'}]->(b)
ON CREATE SET r.weight = 0.9, r.status = 'CONFIRMED', r.claimedBy = [], r.since = date('2022-11-29'),
  r.quote = 'Pakistan Army chief Asim Munir', r.source = 'fp-2025-ceasefire-baseline';

// since 2025-05-10, article: 'touting the cease-fire as a triumph of robust military preparedness' + 'The clashes ended via a
//   U.S.-brokered cease-fire on May 10' (the claim holds from the truce it is about)
MATCH (a:Actor {id: 'pakistan-army'})
MATCH (b:Actor {id: 'india'})
MERGE (a)-[r:COERCES {id: 'fp-063'}]->(b)
ON CREATE SET r.weight = 0.5, r.status = 'CLAIMED', r.claimedBy = ['asim-munir'], r.since = date('2025-05-10'),
  r.quote = 'touting the cease-fire as a triumph of robust military preparedness, nuclear deterrence, and diplomatic outreach', r.source = 'fp-2025-ceasefire-baseline';

// since 2025-05-08, record: India reported Pakistani drone and missile attacks on its military sites in the night of 7 to 8 May 2025 and
//   drone swarms along the border in the night of 8 to 9 May, because those are the retaliatory drone attacks; 8 May is the first
//   day certainly inside them
// until 2025-05-10, article: 'The clashes ended via a U.S.-brokered cease-fire on May 10'
MATCH (a:Actor {id: 'pakistan'})
MATCH (b:Actor {id: 'india'})
MERGE (a)-[r:ATTACKS {id: 'fp-064'}]->(b)
ON CREATE SET r.weight = 0.6, r.status = 'CONFIRMED', r.claimedBy = [], r.since = date('2025-05-08'), r.until = date('2025-05-10'),
  r.quote = 'Pakistan’s retaliatory drone attacks against Indian border posts', r.source = 'fp-2025-ceasefire-baseline';

// since 2017-11-12, record: the Quad was revived at the meeting of the four countries in Manila on 2017-11-12, because the
//   grouping the article describes is the revived one (the Quad of 2007 lapsed in 2008)
MATCH (a:Actor {id: 'australia'})
MATCH (b:Actor {id: 'quad'})
MERGE (a)-[r:MEMBER_OF {id: 'fp-065'}]->(b)
ON CREATE SET r.weight = 0.5, r.status = 'CONFIRMED', r.claimedBy = [], r.since = date('2017-11-12'),
  r.quote = 'the Quad, the Indo-Pacific partnership comprising Australia, India, Japan, and the United States', r.source = 'fp-2025-ceasefire-baseline';

// since 2017-11-12, record: the Quad was revived at the meeting of the four countries in Manila on 2017-11-12, because the
//   grouping the article describes is the revived one (the Quad of 2007 lapsed in 2008)
MATCH (a:Actor {id: 'india'})
MATCH (b:Actor {id: 'quad'})
MERGE (a)-[r:MEMBER_OF {id: 'fp-066'}]->(b)
ON CREATE SET r.weight = 0.6, r.status = 'CONFIRMED', r.claimedBy = [], r.since = date('2017-11-12'),
  r.quote = 'the Quad, the Indo-Pacific partnership comprising Australia, India, Japan, and the United States', r.source = 'fp-2025-ceasefire-baseline';

// since 2017-11-12, record: the Quad was revived at the meeting of the four countries in Manila on 2017-11-12, because the
//   grouping the article describes is the revived one (the Quad of 2007 lapsed in 2008)
MATCH (a:Actor {id: 'japan'})
MATCH (b:Actor {id: 'quad'})
MERGE (a)-[r:MEMBER_OF {id: 'fp-067'}]->(b)
ON CREATE SET r.weight = 0.5, r.status = 'CONFIRMED', r.claimedBy = [], r.since = date('2017-11-12'),
  r.quote = 'the Quad, the Indo-Pacific partnership comprising Australia, India, Japan, and the United States', r.source = 'fp-2025-ceasefire-baseline';

// since 2017-11-12, record: the Quad was revived at the meeting of the four countries in Manila on 2017-11-12, because the
//   grouping the article describes is the revived one (the Quad of 2007 lapsed in 2008)
MATCH (a:Actor {id: 'united-states'})
MATCH (b:Actor {id: 'quad'})
MERGE (a)-[r:MEMBER_OF {id: 'fp-068'}]->(b)
ON CREATE SET r.weight = 0.6, r.status = 'CONFIRMED', r.claimedBy = [], r.since = date('2017-11-12'),
  r.quote = 'the Quad, the Indo-Pacific partnership comprising Australia, India, Japan, and the United States', r.source = 'fp-2025-ceasefire-baseline';

// since 2017-11-12, record: the Quad was revived at the meeting of the four countries in Manila on 2017-11-12, because the
//   grouping the article describes is the revived one (the Quad of 2007 lapsed in 2008)
MATCH (a:Actor {id: 'quad'})
MATCH (b:Actor {id: 'china'})
MERGE (a)-[r:OPPOSES {id: 'fp-069'}]->(b)
ON CREATE SET r.weight = 0.4, r.status = 'CONFIRMED', r.claimedBy = [], r.since = date('2017-11-12'),
  r.quote = 'Despite its stated focus on countering Chinese assertiveness', r.source = 'fp-2025-ceasefire-baseline';

// since 2025-05-07, record: the hostilities began with the Indian strikes of 2025-05-07, because the backing the Quad failed to offer
//   is backing in them (the article: 'Notably absent from the crisis was the Quadrilateral Security Dialogue')
// until 2025-05-10, article: 'The clashes ended via a U.S.-brokered cease-fire on May 10'
MATCH (a:Actor {id: 'quad'})
MATCH (b:Actor {id: 'india'})
MERGE (a)-[r:SUPPORTS {id: 'fp-070'}]->(b)
ON CREATE SET r.weight = 0.4, r.status = 'DENIED', r.claimedBy = [], r.since = date('2025-05-07'), r.until = date('2025-05-10'),
  r.quote = 'the Quad failed to coordinate a response or offer India strategic backing', r.source = 'fp-2025-ceasefire-baseline';

// since 1962-10-20, record: the India-China war began on 1962-10-20 and the two have been rivals since, because the maritime
//   competition is the present form of that rivalry; the article gives no start
MATCH (a:Actor {id: 'india'})
MATCH (b:Actor {id: 'china'})
MERGE (a)-[r:OPPOSES {id: 'fp-071'}]->(b)
ON CREATE SET r.weight = 0.5, r.status = 'CONFIRMED', r.claimedBy = [], r.since = date('1962-10-20'),
  r.quote = 'India’s preoccupation with Pakistan has diverted attention from its maritime competition with China', r.source = 'fp-2025-ceasefire-baseline';

// since 2020-05-05, record: the standoff in eastern Ladakh began with the clash at Pangong Tso on 2020-05-05, because the article
//   dates the forces on that border 'since 2020'
MATCH (a:Actor {id: 'india'})
MATCH (b:Actor {id: 'china'})
MERGE (a)-[r:OPPOSES {id: 'fp-072'}]->(b)
ON CREATE SET r.weight = 0.5, r.status = 'CONFIRMED', r.claimedBy = [], r.since = date('2020-05-05'),
  r.quote = 'the forces earmarked for its border with China since 2020', r.source = 'fp-2025-ceasefire-baseline';

// since 2025-05-10, record: Pakistan announced on 2025-05-10, after India struck its air bases, that Sharif had called a meeting of
//   the National Command Authority, because the quote is that announcement
// until 2025-05-10, record: the cease-fire of the afternoon of 2025-05-10, because it ended the exchange in which the signal was sent
MATCH (a:Actor {id: 'pakistan'})
MATCH (b:Actor {id: 'india'})
MERGE (a)-[r:THREATENS {id: 'fp-073'}]->(b)
ON CREATE SET r.weight = 0.7, r.status = 'CONFIRMED', r.claimedBy = [], r.since = date('2025-05-10'), r.until = date('2025-05-10'),
  r.quote = 'Pakistan engaged in nuclear posturing by announcing the meeting of its nuclear command authority', r.source = 'fp-2025-ceasefire-baseline';

// since 2000-02-03, record: the National Command Authority was set up in February 2000 (the record gives 2 or 3 February), because
//   it has belonged to the state of Pakistan since; dated from the later day, when it certainly existed
MATCH (a:Actor {id: 'pakistan-nuclear-command-authority'})
MATCH (b:Actor {id: 'pakistan'})
MERGE (a)-[r:AFFILIATED_WITH {id: 'fp-074'}]->(b)
ON CREATE SET r.weight = 0.3, r.status = 'CONFIRMED', r.claimedBy = [], r.since = date('2000-02-03'),
  r.quote = 'announcing the meeting of its nuclear command authority', r.source = 'fp-2025-ceasefire-baseline';

// since 2025-01-20, record: Trump's second term began on 2025-01-20, because the article is about his presidency in 2025
MATCH (a:Actor {id: 'donald-trump'})
MATCH (b:Actor {id: 'united-states'})
MERGE (a)-[r:LEADS {id: 'fp-075'}]->(b)
ON CREATE SET r.weight = 0.9, r.status = 'CONFIRMED', r.claimedBy = [], r.since = date('2025-01-20'),
  r.quote = 'U.S. President Donald Trump', r.source = 'fp-2025-ceasefire-baseline';

// since 2024-03-04, record: Shehbaz Sharif sworn in for his second term as Prime Minister on 2024-03-04, because the relation is his
//   leadership as Prime Minister
MATCH (a:Actor {id: 'shehbaz-sharif'})
MATCH (b:Actor {id: 'pakistan'})
MERGE (a)-[r:LEADS {id: 'fp-076'}]->(b)
ON CREATE SET r.weight = 0.8, r.status = 'CONFIRMED', r.claimedBy = [], r.since = date('2024-03-04'),
  r.quote = 'Pakistani Prime Minister Shehbaz Sharif', r.source = 'fp-2025-ceasefire-baseline';

// since 1962-10-20, record: the India-China war began on 1962-10-20 and the two have been rivals since, because the influence
//   Beijing consolidates at the expense of India is the present form of that rivalry; the article gives no start
MATCH (a:Actor {id: 'china'})
MATCH (b:Actor {id: 'india'})
MERGE (a)-[r:OPPOSES {id: 'fp-077'}]->(b)
ON CREATE SET r.weight = 0.4, r.status = 'CONFIRMED', r.claimedBy = [], r.since = date('1962-10-20'),
  r.quote = 'India’s preoccupation with Pakistan has diverted attention from its maritime competition with China, allowing Beijing to consolidate influence in the Indian Ocean', r.source = 'fp-2025-ceasefire-baseline';

// since 1947-08-15, record: independence, 1947-08-15, because the Ministry of External Affairs has served the government of
//   independent India since
MATCH (a:Actor {id: 'india-ministry-of-external-affairs'})
MATCH (b:Actor {id: 'government-of-india'})
MERGE (a)-[r:AFFILIATED_WITH {id: 'fp-078'}]->(b)
ON CREATE SET r.weight = 0.4, r.status = 'CONFIRMED', r.claimedBy = [], r.since = date('1947-08-15'),
  r.quote = 'officials from India’s Ministry of External Affairs', r.source = 'fp-2025-ceasefire-baseline';

// since 2025-01-20, record: J.D. Vance sworn in as Vice President on 2025-01-20, because the quote names him by that office
MATCH (a:Actor {id: 'jd-vance'})
MATCH (b:Actor {id: 'united-states'})
MERGE (a)-[r:AFFILIATED_WITH {id: 'fp-079'}]->(b)
ON CREATE SET r.weight = 0.4, r.status = 'CONFIRMED', r.claimedBy = [], r.since = date('2025-01-20'),
  r.quote = 'Vice President J.D. Vance', r.source = 'fp-2025-ceasefire-baseline';

// since 2024-07-15, record: Vikram Misri took office as Foreign Secretary on 2024-07-15, because the quote names him by that office
MATCH (a:Actor {id: 'vikram-misri'})
MATCH (b:Actor {id: 'government-of-india'})
MERGE (a)-[r:AFFILIATED_WITH {id: 'fp-080'}]->(b)
ON CREATE SET r.weight = 0.4, r.status = 'CONFIRMED', r.claimedBy = [], r.since = date('2024-07-15'),
  r.quote = 'the Indian Foreign Secretary Vikram Misri', r.source = 'fp-2025-ceasefire-baseline';
