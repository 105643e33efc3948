// Relations stated or reported as claims in the South Asian Voices (Stimson Center) analysis of the Pahalgam
// crisis, written on 7 May 2025, after the Indian strikes of that morning. Each relationship is one sourced claim;
// its quote is verbatim.
//
// Dates. Every relation says when it held: since, and until where it ended. The comment above each statement gives
// the reason for each date, either "article:" with the article's own words that date it, or "record:" with the
// dated public event it comes from and why the relation is that event; a relation that neither can date says
// "undated:" and why. A date the record gives only to the year or month is the first day of it. Acts of the
// exchange of fire of 7-10 May hold until the cease-fire of 10 May; offices and memberships hold from the start of
// the office. When a relation happened is kept apart from when the article reported it (Source.published).

// since 2025-04-22, record: the Pahalgam attack, 2025-04-22, because this relation is that attack, which the article names but does not date
// until 2025-04-22, record: the attack of 2025-04-22, because an attack of one afternoon ended the day it began (TRF withdrew its
//   claim on 2025-04-26, which the article's 'initially' alludes to)
MATCH (a:Actor {id: 'the-resistance-front'})
MATCH (b:Actor {id: 'india'})
MERGE (a)-[r:ATTACKS {id: 'sav-001'}]->(b)
ON CREATE SET r.weight = 0.9, r.status = 'CLAIMED', r.claimedBy = ['the-resistance-front'], r.since = date('2025-04-22'), r.until = date('2025-04-22'),
  r.quote = 'The deadly terror attack in Pahalgam in Indian-administered Kashmir, which was initially claimed by The Resistance Front', r.source = 'sav-2025-pahalgam-crisis';

// since 2023-01-05, record: India's Home Ministry banned The Resistance Front as a proxy of Lashkar-e-Taiba on 2023-01-05,
//   because that notification is India's formal, dated accusation of the link the quote names
MATCH (a:Actor {id: 'india'})
MATCH (b:Actor {id: 'the-resistance-front'})
MERGE (a)-[r:ACCUSES {id: 'sav-002'}]->(b)
ON CREATE SET r.weight = 0.6, r.status = 'CONFIRMED', r.claimedBy = [], r.since = date('2023-01-05'),
  r.quote = 'an entity India accuses of being linked with Pakistan-based banned group Lashkar-e-Taiba (LeT)', r.source = 'sav-2025-pahalgam-crisis';

// since 2019-08-05, record: India revoked Article 370 on 2019-08-05, because TRF, which the Home Ministry's ban of 2023-01-05 says
//   'came into existence in the year 2019 as a proxy outfit' of Lashkar-e-Taiba, emerged after it by the accounts of its origin;
//   that day is the earliest the link can have held
MATCH (a:Actor {id: 'the-resistance-front'})
MATCH (b:Actor {id: 'lashkar-e-taiba'})
MERGE (a)-[r:AFFILIATED_WITH {id: 'sav-003'}]->(b)
ON CREATE SET r.weight = 0.7, r.status = 'CLAIMED', r.claimedBy = ['india'], r.since = date('2019-08-05'),
  r.quote = 'an entity India accuses of being linked with Pakistan-based banned group Lashkar-e-Taiba (LeT)', r.source = 'sav-2025-pahalgam-crisis';

// since 2025-04-25, record: Foreign Minister Ishaq Dar cautioned against any escalatory move by India in his calls of 2025-04-25
//   with the Saudi and Iranian foreign ministers, because these are the earliest dated Pakistani appeals against escalation after the attack
// until 2025-05-07, article: 'Pakistan’s calls for restraint went unheeded when in the wee hours of May 7, 2025, India launched'
//   (after the strikes Pakistan threatened a response instead: sav-009)
MATCH (a:Actor {id: 'pakistan'})
MATCH (b:Actor {id: 'india'})
MERGE (a)-[r:URGES_RESTRAINT {id: 'sav-004'}]->(b)
ON CREATE SET r.weight = 0.4, r.status = 'CONFIRMED', r.claimedBy = [], r.since = date('2025-04-25'), r.until = date('2025-05-07'),
  r.quote = 'Pakistan’s calls for restraint went unheeded', r.source = 'sav-2025-pahalgam-crisis';

// since 2025-05-07, article: 'in the wee hours of May 7, 2025, India launched coordinated missile, air and drone strikes'
// until 2025-05-10, record: the cease-fire agreed on 2025-05-10, because the strikes opened the exchange of fire that the cease-fire ended
MATCH (a:Actor {id: 'india'})
MATCH (b:Actor {id: 'pakistan'})
MERGE (a)-[r:ATTACKS {id: 'sav-005'}]->(b)
ON CREATE SET r.weight = 1.0, r.status = 'CONFIRMED', r.claimedBy = [], r.since = date('2025-05-07'), r.until = date('2025-05-10'),
  r.quote = 'India launched coordinated missile, air and drone strikes on multiple sites in Pakistan and Pakistan-administered Kashmir', r.source = 'sav-2025-pahalgam-crisis';

// since 2025-05-07, record: Sharif's speech in the National Assembly on 2025-05-07, because the claimed shoot-downs are those of the night
//   of the Indian strikes ('in the wee hours of May 7, 2025')
// until 2025-05-10, record: the cease-fire of 2025-05-10, because it ended the exchange of fire the claim belongs to
MATCH (a:Actor {id: 'pakistan'})
MATCH (b:Actor {id: 'india'})
MERGE (a)-[r:ATTACKS {id: 'sav-006'}]->(b)
ON CREATE SET r.weight = 0.5, r.status = 'CLAIMED', r.claimedBy = ['shehbaz-sharif'], r.since = date('2025-05-07'), r.until = date('2025-05-10'),
  r.quote = 'Prime Minister Shehbaz Sharif claimed that Pakistan had shot down 5 Indian jets, but this has not been confirmed by India or international reporting', r.source = 'sav-2025-pahalgam-crisis';

// since 2024-03-04, record: Shehbaz Sharif sworn in for his second term as Prime Minister on 2024-03-04, because the relation is his
//   leadership as Prime Minister
MATCH (a:Actor {id: 'shehbaz-sharif'})
MATCH (b:Actor {id: 'pakistan'})
MERGE (a)-[r:LEADS {id: 'sav-007'}]->(b)
ON CREATE SET r.weight = 0.8, r.status = 'CONFIRMED', r.claimedBy = [], r.since = date('2024-03-04'),
  r.quote = 'Prime Minister Shehbaz Sharif', r.source = 'sav-2025-pahalgam-crisis';

// since 2024-03-04, record: Sharif Prime Minister since 2024-03-04, because the Prime Minister chairs the National Security Committee,
//   so he has led it from the start of his term
MATCH (a:Actor {id: 'shehbaz-sharif'})
MATCH (b:Actor {id: 'pakistan-national-security-committee'})
MERGE (a)-[r:LEADS {id: 'sav-008'}]->(b)
ON CREATE SET r.weight = 0.4, r.status = 'CONFIRMED', r.claimedBy = [], r.since = date('2024-03-04'),
  r.quote = 'after convening a meeting of the National Security Committee', r.source = 'sav-2025-pahalgam-crisis';

// since 2025-05-07, record: the National Security Committee met on 2025-05-07, after the Indian strikes, and reserved the right to
//   respond, because the quote is that statement ('after convening a meeting of the National Security Committee')
// until 2025-05-10, record: Pakistan's retaliation, Operation Bunyan-um-Marsoos, and the cease-fire, both on 2025-05-10, because the
//   threatened response came and the exchange ended that day
MATCH (a:Actor {id: 'pakistan'})
MATCH (b:Actor {id: 'india'})
MERGE (a)-[r:THREATENS {id: 'sav-009'}]->(b)
ON CREATE SET r.weight = 0.7, r.status = 'CONFIRMED', r.claimedBy = [], r.since = date('2025-05-07'), r.until = date('2025-05-10'),
  r.quote = 'Pakistan reserves the right to respond “at a time, place, and manner of its choosing.”', r.source = 'sav-2025-pahalgam-crisis';

// since 2025-05-07, article: 'In the aftermath of the Indian strikes, U.S. Secretary of State Marco Rubio spoke to both the Indian and Pakistani NSAs'
//   + 'in the wee hours of May 7, 2025' (the State Department reported the calls that afternoon)
MATCH (a:Actor {id: 'marco-rubio'})
MATCH (b:Actor {id: 'ajit-doval'})
MERGE (a)-[r:URGES_RESTRAINT {id: 'sav-010'}]->(b)
ON CREATE SET r.weight = 0.5, r.status = 'CONFIRMED', r.claimedBy = [], r.since = date('2025-05-07'),
  r.quote = 'Marco Rubio spoke to both the Indian and Pakistani NSAs and urged them to de-escalate', r.source = 'sav-2025-pahalgam-crisis';

// since 2025-05-07, article: 'In the aftermath of the Indian strikes, U.S. Secretary of State Marco Rubio spoke to both the Indian and Pakistani NSAs'
//   + 'in the wee hours of May 7, 2025' (the State Department reported the calls that afternoon)
MATCH (a:Actor {id: 'marco-rubio'})
MATCH (b:Actor {id: 'pakistan-national-security-adviser'})
MERGE (a)-[r:URGES_RESTRAINT {id: 'sav-011'}]->(b)
ON CREATE SET r.weight = 0.5, r.status = 'CONFIRMED', r.claimedBy = [], r.since = date('2025-05-07'),
  r.quote = 'Marco Rubio spoke to both the Indian and Pakistani NSAs and urged them to de-escalate', r.source = 'sav-2025-pahalgam-crisis';

// since 2025-01-21, record: Marco Rubio confirmed and sworn in as Secretary of State on 2025-01-21, because the relation is his
//   heading the department
MATCH (a:Actor {id: 'marco-rubio'})
MATCH (b:Actor {id: 'us-department-of-state'})
MERGE (a)-[r:LEADS {id: 'sav-012'}]->(b)
ON CREATE SET r.weight = 0.5, r.status = 'CONFIRMED', r.claimedBy = [], r.since = date('2025-01-21'),
  r.quote = 'U.S. Secretary of State Marco Rubio', r.source = 'sav-2025-pahalgam-crisis';

// since 2001-01-01, article: 'Since 2001, India-Pakistan crises have often come at the heels of militant attacks'
//   (the year only, so the first of the year)
MATCH (a:Actor {id: 'india'})
MATCH (b:Actor {id: 'pakistan'})
MERGE (a)-[r:ACCUSES {id: 'sav-013'}]->(b)
ON CREATE SET r.weight = 0.7, r.status = 'CONFIRMED', r.claimedBy = [], r.since = date('2001-01-01'),
  r.quote = 'with India attributing their origin to Pakistan', r.source = 'sav-2025-pahalgam-crisis';

// since 2009-07-16, record: the joint statement at Sharm el-Sheikh, 2009-07-16, in which Pakistan put its charge of Indian interference
//   in Balochistan on the bilateral record, because that is the first dated public form of the accusation; the article gives no start
MATCH (a:Actor {id: 'pakistan'})
MATCH (b:Actor {id: 'india'})
MERGE (a)-[r:ACCUSES {id: 'sav-014'}]->(b)
ON CREATE SET r.weight = 0.7, r.status = 'CONFIRMED', r.claimedBy = [], r.since = date('2009-07-16'),
  r.quote = 'which Islamabad accuses New Delhi of abetting and supporting', r.source = 'sav-2025-pahalgam-crisis';

// since 2009-07-16, record: the joint statement at Sharm el-Sheikh, 2009-07-16, because the relation is the Indian support Pakistan
//   claims and that statement first put the claim on the record; the article gives no start
MATCH (a:Actor {id: 'india'})
MATCH (b:Actor {id: 'baloch-militants'})
MERGE (a)-[r:SUPPORTS {id: 'sav-015'}]->(b)
ON CREATE SET r.weight = 0.6, r.status = 'CLAIMED', r.claimedBy = ['pakistan'], r.since = date('2009-07-16'),
  r.quote = 'Balochistan, Pakistan’s largest province, is another hotspot of militancy, which Islamabad accuses New Delhi of abetting and supporting', r.source = 'sav-2025-pahalgam-crisis';

// since 2004-01-01, record: the present insurgency in Balochistan dates from 2004, because the violence the article speaks of
//   ('only intensifying over time') is that insurgency's; the record gives the year only, so the first of the year
MATCH (a:Actor {id: 'baloch-militants'})
MATCH (b:Actor {id: 'pakistan'})
MERGE (a)-[r:ATTACKS {id: 'sav-016'}]->(b)
ON CREATE SET r.weight = 0.5, r.status = 'CONFIRMED', r.claimedBy = [], r.since = date('2004-01-01'),
  r.quote = 'With violence in Balochistan only intensifying over time', r.source = 'sav-2025-pahalgam-crisis';

// since 1989-01-01, record: the armed insurgency in Kashmir began in 1989 and India has charged Pakistan with backing it since,
//   because the relation is that alleged backing; the record gives the year only, so the first of the year
MATCH (a:Actor {id: 'pakistan'})
MATCH (b:Actor {id: 'kashmir-militants'})
MERGE (a)-[r:SUPPORTS {id: 'sav-017'}]->(b)
ON CREATE SET r.weight = 0.6, r.status = 'CLAIMED', r.claimedBy = ['india'], r.since = date('1989-01-01'),
  r.quote = 'its alleged role in supporting militancy inside Kashmir', r.source = 'sav-2025-pahalgam-crisis';

// since 1989-01-01, record: the armed insurgency in Kashmir began in 1989 and India has held the attacks to be sponsored by Pakistan
//   since, because the relation is that belief; the record gives the year only, so the first of the year
MATCH (a:Actor {id: 'pakistan'})
MATCH (b:Actor {id: 'kashmir-militants'})
MERGE (a)-[r:SUPPORTS {id: 'sav-018'}]->(b)
ON CREATE SET r.weight = 0.5, r.status = 'CLAIMED', r.claimedBy = ['india'], r.since = date('1989-01-01'),
  r.quote = 'militant attacks that India believes are sponsored by Pakistan', r.source = 'sav-2025-pahalgam-crisis';

// since 2001-01-01, article: 'Since 2001, India-Pakistan crises have often come at the heels of militant attacks that take place in
//   either mainland India or Indian-administered Kashmir' (the year only, so the first of the year)
MATCH (a:Actor {id: 'kashmir-militants'})
MATCH (b:Actor {id: 'india'})
MERGE (a)-[r:ATTACKS {id: 'sav-019'}]->(b)
ON CREATE SET r.weight = 0.6, r.status = 'CONFIRMED', r.claimedBy = [], r.since = date('2001-01-01'),
  r.quote = 'militant attacks that take place in either mainland India or Indian-administered Kashmir', r.source = 'sav-2025-pahalgam-crisis';

// since 2014-05-26, record: Narendra Modi sworn in as Prime Minister on 2014-05-26, because the relation is his leadership as
//   Prime Minister (the article: 'After coming to power in 2014')
MATCH (a:Actor {id: 'narendra-modi'})
MATCH (b:Actor {id: 'india'})
MERGE (a)-[r:LEADS {id: 'sav-020'}]->(b)
ON CREATE SET r.weight = 0.9, r.status = 'CONFIRMED', r.claimedBy = [], r.since = date('2014-05-26'),
  r.quote = 'After coming to power in 2014, Narendra Modi', r.source = 'sav-2025-pahalgam-crisis';

// since 2014-05-30, record: Ajit Doval appointed National Security Adviser on 2014-05-30, because he advises Modi from that office
MATCH (a:Actor {id: 'ajit-doval'})
MATCH (b:Actor {id: 'narendra-modi'})
MERGE (a)-[r:ADVISES {id: 'sav-021'}]->(b)
ON CREATE SET r.weight = 0.7, r.status = 'CONFIRMED', r.claimedBy = [], r.since = date('2014-05-30'),
  r.quote = 'At the heart of this posture as it applies to Pakistan is Indian National Security Adviser Ajit Doval', r.source = 'sav-2025-pahalgam-crisis';

// undated: the article dates the Sastra University talk only as 'a few years ago' and its date could not be established from the
//   record; the doctrine predates the crisis, so leaving it undated keeps it in every view of the crisis without inventing a day
MATCH (a:Actor {id: 'ajit-doval'})
MATCH (b:Actor {id: 'pakistan'})
MERGE (a)-[r:THREATENS {id: 'sav-022'}]->(b)
ON CREATE SET r.weight = 0.6, r.status = 'CONFIRMED', r.claimedBy = [],
  r.quote = 'Doval pitched the idea of “defensive offense,” which entails launching disproportionate large-scale attacks in Balochistan or elsewhere in Pakistan', r.source = 'sav-2025-pahalgam-crisis';

// since 2023-09-08, record: the killing of Muhammad Riaz in Rawalakot on 2023-09-08, the earliest of the killings Pakistan publicly
//   attributed to India (its foreign secretary, 2024-01-25), because the relation is that alleged spate; the article gives no dates
MATCH (a:Actor {id: 'india'})
MATCH (b:Actor {id: 'pakistan'})
MERGE (a)-[r:ATTACKS {id: 'sav-023'}]->(b)
ON CREATE SET r.weight = 0.5, r.status = 'CLAIMED', r.claimedBy = ['pakistan'], r.since = date('2023-09-08'),
  r.quote = 'a spate of targeted assassinations of individuals in the country that Islamabad alleges were punished by India', r.source = 'sav-2025-pahalgam-crisis';

// since 2024-01-25, record: Pakistan's foreign secretary accused India of the killings in Sialkot and Rawalakot at a briefing on
//   2024-01-25, because that is the allegation of Islamabad the quote reports
MATCH (a:Actor {id: 'pakistan'})
MATCH (b:Actor {id: 'india'})
MERGE (a)-[r:ACCUSES {id: 'sav-024'}]->(b)
ON CREATE SET r.weight = 0.5, r.status = 'CONFIRMED', r.claimedBy = [], r.since = date('2024-01-25'),
  r.quote = 'Islamabad alleges were punished by India for ties to militancy in Kashmir or mainland India', r.source = 'sav-2025-pahalgam-crisis';

// since 2025-04-30, record: Secretary Rubio's calls of 2025-04-30 with Jaishankar and Sharif, urging both to de-escalate, because
//   they are the U.S. appeal the article refers to ('Last week, Secretary Rubio called on India and Pakistan to exercise restraint')
MATCH (a:Actor {id: 'united-states'})
MATCH (b:Actor {id: 'india'})
MERGE (a)-[r:URGES_RESTRAINT {id: 'sav-025'}]->(b)
ON CREATE SET r.weight = 0.5, r.status = 'CONFIRMED', r.claimedBy = [], r.since = date('2025-04-30'),
  r.quote = 'the United States, China, the United Arab Emirates and Saudi Arabia have got involved and urged India and Pakistan to show restraint', r.source = 'sav-2025-pahalgam-crisis';

// since 2025-04-30, record: Secretary Rubio's calls of 2025-04-30 with Jaishankar and Sharif, urging both to de-escalate, because
//   they are the U.S. appeal the article refers to ('Last week, Secretary Rubio called on India and Pakistan to exercise restraint')
MATCH (a:Actor {id: 'united-states'})
MATCH (b:Actor {id: 'pakistan'})
MERGE (a)-[r:URGES_RESTRAINT {id: 'sav-026'}]->(b)
ON CREATE SET r.weight = 0.5, r.status = 'CONFIRMED', r.claimedBy = [], r.since = date('2025-04-30'),
  r.quote = 'the United States, China, the United Arab Emirates and Saudi Arabia have got involved and urged India and Pakistan to show restraint', r.source = 'sav-2025-pahalgam-crisis';

// since 2025-04-27, record: Wang Yi's call with Ishaq Dar on 2025-04-27, in which China hoped both sides would exercise restraint,
//   because that is China's appeal for restraint (the same call as sav-042)
MATCH (a:Actor {id: 'china'})
MATCH (b:Actor {id: 'india'})
MERGE (a)-[r:URGES_RESTRAINT {id: 'sav-027'}]->(b)
ON CREATE SET r.weight = 0.5, r.status = 'CONFIRMED', r.claimedBy = [], r.since = date('2025-04-27'),
  r.quote = 'the United States, China, the United Arab Emirates and Saudi Arabia have got involved and urged India and Pakistan to show restraint', r.source = 'sav-2025-pahalgam-crisis';

// since 2025-04-27, record: Wang Yi's call with Ishaq Dar on 2025-04-27, in which China hoped both sides would exercise restraint,
//   because that is China's appeal for restraint (the same call as sav-043)
MATCH (a:Actor {id: 'china'})
MATCH (b:Actor {id: 'pakistan'})
MERGE (a)-[r:URGES_RESTRAINT {id: 'sav-028'}]->(b)
ON CREATE SET r.weight = 0.5, r.status = 'CONFIRMED', r.claimedBy = [], r.since = date('2025-04-27'),
  r.quote = 'the United States, China, the United Arab Emirates and Saudi Arabia have got involved and urged India and Pakistan to show restraint', r.source = 'sav-2025-pahalgam-crisis';

// since 2025-05-07, article: 'the United States, China, the United Arab Emirates and Saudi Arabia have got involved and urged India
//   and Pakistan to show restraint' (reported as done on the day the article appeared, 2025-05-07; the UAE foreign minister called
//   on both sides to avoid escalation that day, and no earlier UAE appeal to India has a certain date)
MATCH (a:Actor {id: 'united-arab-emirates'})
MATCH (b:Actor {id: 'india'})
MERGE (a)-[r:URGES_RESTRAINT {id: 'sav-029'}]->(b)
ON CREATE SET r.weight = 0.4, r.status = 'CONFIRMED', r.claimedBy = [], r.since = date('2025-05-07'),
  r.quote = 'the United States, China, the United Arab Emirates and Saudi Arabia have got involved and urged India and Pakistan to show restraint', r.source = 'sav-2025-pahalgam-crisis';

// since 2025-04-29, record: the UAE foreign minister stressed restraint in his call with Ishaq Dar on 2025-04-29, because that is the
//   appeal of the UAE to Pakistan
MATCH (a:Actor {id: 'united-arab-emirates'})
MATCH (b:Actor {id: 'pakistan'})
MERGE (a)-[r:URGES_RESTRAINT {id: 'sav-030'}]->(b)
ON CREATE SET r.weight = 0.4, r.status = 'CONFIRMED', r.claimedBy = [], r.since = date('2025-04-29'),
  r.quote = 'the United States, China, the United Arab Emirates and Saudi Arabia have got involved and urged India and Pakistan to show restraint', r.source = 'sav-2025-pahalgam-crisis';

// since 2025-05-07, article: 'the United States, China, the United Arab Emirates and Saudi Arabia have got involved and urged India
//   and Pakistan to show restraint' (reported as done on the day the article appeared, 2025-05-07; the Saudi calls and visits on the
//   record with a certain date are from 8 May, so the relation is dated from the article)
MATCH (a:Actor {id: 'saudi-arabia'})
MATCH (b:Actor {id: 'india'})
MERGE (a)-[r:URGES_RESTRAINT {id: 'sav-031'}]->(b)
ON CREATE SET r.weight = 0.4, r.status = 'CONFIRMED', r.claimedBy = [], r.since = date('2025-05-07'),
  r.quote = 'the United States, China, the United Arab Emirates and Saudi Arabia have got involved and urged India and Pakistan to show restraint', r.source = 'sav-2025-pahalgam-crisis';

// since 2025-05-07, article: 'the United States, China, the United Arab Emirates and Saudi Arabia have got involved and urged India
//   and Pakistan to show restraint' (reported as done on the day the article appeared, 2025-05-07; the Saudi calls and visits on the
//   record with a certain date are from 8 May, so the relation is dated from the article)
MATCH (a:Actor {id: 'saudi-arabia'})
MATCH (b:Actor {id: 'pakistan'})
MERGE (a)-[r:URGES_RESTRAINT {id: 'sav-032'}]->(b)
ON CREATE SET r.weight = 0.4, r.status = 'CONFIRMED', r.claimedBy = [], r.since = date('2025-05-07'),
  r.quote = 'the United States, China, the United Arab Emirates and Saudi Arabia have got involved and urged India and Pakistan to show restraint', r.source = 'sav-2025-pahalgam-crisis';

// since 2025-05-04, record: Lavrov offered Russian help towards a political settlement, if Islamabad and New Delhi both wished it,
//   in his call with Ishaq Dar on 2025-05-04, because that is the offer of Russia to mediate
MATCH (a:Actor {id: 'russia'})
MATCH (b:Actor {id: 'india'})
MERGE (a)-[r:OFFERS_MEDIATION {id: 'sav-033'}]->(b)
ON CREATE SET r.weight = 0.3, r.status = 'CONFIRMED', r.claimedBy = [], r.since = date('2025-05-04'),
  r.quote = 'Russia and Iran have offered to mediate the crisis', r.source = 'sav-2025-pahalgam-crisis';

// since 2025-05-04, record: Lavrov offered Russian help towards a political settlement, if Islamabad and New Delhi both wished it,
//   in his call with Ishaq Dar on 2025-05-04, because that is the offer of Russia to mediate
MATCH (a:Actor {id: 'russia'})
MATCH (b:Actor {id: 'pakistan'})
MERGE (a)-[r:OFFERS_MEDIATION {id: 'sav-034'}]->(b)
ON CREATE SET r.weight = 0.3, r.status = 'CONFIRMED', r.claimedBy = [], r.since = date('2025-05-04'),
  r.quote = 'Russia and Iran have offered to mediate the crisis', r.source = 'sav-2025-pahalgam-crisis';

// since 2025-04-25, record: Araghchi said on 2025-04-25 that Tehran stood ready to use its good offices in Islamabad and New Delhi,
//   because that is the offer of Iran to mediate
MATCH (a:Actor {id: 'iran'})
MATCH (b:Actor {id: 'india'})
MERGE (a)-[r:OFFERS_MEDIATION {id: 'sav-035'}]->(b)
ON CREATE SET r.weight = 0.3, r.status = 'CONFIRMED', r.claimedBy = [], r.since = date('2025-04-25'),
  r.quote = 'Russia and Iran have offered to mediate the crisis', r.source = 'sav-2025-pahalgam-crisis';

// since 2025-04-25, record: Araghchi said on 2025-04-25 that Tehran stood ready to use its good offices in Islamabad and New Delhi,
//   because that is the offer of Iran to mediate
MATCH (a:Actor {id: 'iran'})
MATCH (b:Actor {id: 'pakistan'})
MERGE (a)-[r:OFFERS_MEDIATION {id: 'sav-036'}]->(b)
ON CREATE SET r.weight = 0.3, r.status = 'CONFIRMED', r.claimedBy = [], r.since = date('2025-04-25'),
  r.quote = 'Russia and Iran have offered to mediate the crisis', r.source = 'sav-2025-pahalgam-crisis';

// since 1980-04-06, record: the Bharatiya Janata Party was founded on 1980-04-06, because the article ascribes the belligerent stance
//   to the politics of the party as such, not to a moment
MATCH (a:Actor {id: 'bharatiya-janata-party'})
MATCH (b:Actor {id: 'pakistan'})
MERGE (a)-[r:THREATENS {id: 'sav-037'}]->(b)
ON CREATE SET r.weight = 0.5, r.status = 'CONFIRMED', r.claimedBy = [], r.since = date('1980-04-06'),
  r.quote = 'adopting a belligerent stance on Pakistan and taking strong action against it', r.source = 'sav-2025-pahalgam-crisis';

// since 1947-08-14, record: the Pakistan Army dates from independence, 1947-08-14, because the article ascribes the self-image to the
//   military 'for decades' without a start
MATCH (a:Actor {id: 'pakistan-army'})
MATCH (b:Actor {id: 'pakistan'})
MERGE (a)-[r:SUPPORTS {id: 'sav-038'}]->(b)
ON CREATE SET r.weight = 0.5, r.status = 'CONFIRMED', r.claimedBy = [], r.since = date('1947-08-14'),
  r.quote = 'the military has projected itself not only as the defender of the country’s territory but also its ideological foundations', r.source = 'sav-2025-pahalgam-crisis';

// since 2006-12-04, record: Musharraf set out his four point formula on Kashmir in an interview with NDTV whose excerpts were
//   released on 2006-12-04, because the relation is that proposal
// until 2008-08-18, record: Musharraf resigned as President on 2008-08-18, because that ended the proposal as an offer of Pakistan
//   (the article: 'proposals floated in the past')
MATCH (a:Actor {id: 'pervez-musharraf'})
MATCH (b:Actor {id: 'india'})
MERGE (a)-[r:NEGOTIATES_WITH {id: 'sav-039'}]->(b)
ON CREATE SET r.weight = 0.3, r.status = 'CONFIRMED', r.claimedBy = [], r.since = date('2006-12-04'), r.until = date('2008-08-18'),
  r.quote = 'several proposals floated in the past digressed from such rigid positions, including former Pakistani Prime Minister Pervez Musharraf’s four point formula', r.source = 'sav-2025-pahalgam-crisis';

// since 2025-04-30, record: Rubio's calls of 2025-04-30 with Jaishankar and Sharif, urging both to de-escalate, because the article's
//   'Last week, Secretary Rubio called on India and Pakistan to exercise restraint' (written on 2025-05-07) is that appeal
MATCH (a:Actor {id: 'marco-rubio'})
MATCH (b:Actor {id: 'india'})
MERGE (a)-[r:URGES_RESTRAINT {id: 'sav-040'}]->(b)
ON CREATE SET r.weight = 0.6, r.status = 'CONFIRMED', r.claimedBy = [], r.since = date('2025-04-30'),
  r.quote = 'Secretary Rubio called on India and Pakistan to exercise restraint', r.source = 'sav-2025-pahalgam-crisis';

// since 2025-04-30, record: Rubio's calls of 2025-04-30 with Jaishankar and Sharif, urging both to de-escalate, because the article's
//   'Last week, Secretary Rubio called on India and Pakistan to exercise restraint' (written on 2025-05-07) is that appeal
MATCH (a:Actor {id: 'marco-rubio'})
MATCH (b:Actor {id: 'pakistan'})
MERGE (a)-[r:URGES_RESTRAINT {id: 'sav-041'}]->(b)
ON CREATE SET r.weight = 0.6, r.status = 'CONFIRMED', r.claimedBy = [], r.since = date('2025-04-30'),
  r.quote = 'Secretary Rubio called on India and Pakistan to exercise restraint', r.source = 'sav-2025-pahalgam-crisis';

// since 2025-04-27, record: Wang Yi's call with Ishaq Dar on 2025-04-27, in which he backed a swift and fair investigation and
//   hoped both sides would exercise restraint, because that is the call the quote describes
MATCH (a:Actor {id: 'wang-yi'})
MATCH (b:Actor {id: 'india'})
MERGE (a)-[r:URGES_RESTRAINT {id: 'sav-042'}]->(b)
ON CREATE SET r.weight = 0.5, r.status = 'CONFIRMED', r.claimedBy = [], r.since = date('2025-04-27'),
  r.quote = 'Wang Yi called for a fair and timely investigation into the attacks and urged New Delhi and Islamabad to engage in dialogue', r.source = 'sav-2025-pahalgam-crisis';

// since 2025-04-27, record: Wang Yi's call with Ishaq Dar on 2025-04-27, in which he backed a swift and fair investigation and
//   hoped both sides would exercise restraint, because that is the call the quote describes
MATCH (a:Actor {id: 'wang-yi'})
MATCH (b:Actor {id: 'pakistan'})
MERGE (a)-[r:URGES_RESTRAINT {id: 'sav-043'}]->(b)
ON CREATE SET r.weight = 0.5, r.status = 'CONFIRMED', r.claimedBy = [], r.since = date('2025-04-27'),
  r.quote = 'Wang Yi called for a fair and timely investigation into the attacks and urged New Delhi and Islamabad to engage in dialogue', r.source = 'sav-2025-pahalgam-crisis';

// since 2005-07-18, record: the joint statement of Bush and Manmohan Singh of 2005-07-18 that launched the U.S.-India global
//   partnership, because that is the start the record gives for the strategic ties the article names; the article gives none
MATCH (a:Actor {id: 'united-states'})
MATCH (b:Actor {id: 'india'})
MERGE (a)-[r:COOPERATES_WITH {id: 'sav-044'}]->(b)
ON CREATE SET r.weight = 0.6, r.status = 'CONFIRMED', r.claimedBy = [], r.since = date('2005-07-18'),
  r.quote = 'Washington and Beijing’s strategic, geopolitical, and economic ties with New Delhi and Islamabad respectively', r.source = 'sav-2025-pahalgam-crisis';

// since 1951-05-21, record: China and Pakistan established diplomatic relations on 1951-05-21, because their ties date from then;
//   the article gives no start
MATCH (a:Actor {id: 'china'})
MATCH (b:Actor {id: 'pakistan'})
MERGE (a)-[r:COOPERATES_WITH {id: 'sav-045'}]->(b)
ON CREATE SET r.weight = 0.7, r.status = 'CONFIRMED', r.claimedBy = [], r.since = date('1951-05-21'),
  r.quote = 'Washington and Beijing’s strategic, geopolitical, and economic ties with New Delhi and Islamabad respectively', r.source = 'sav-2025-pahalgam-crisis';

// since 2001-09-19, record: Musharraf announced in his address of 2001-09-19 that Pakistan would support the U.S. campaign after
//   the attacks of 11 September 2001, because that made Pakistan the counterterrorism partner the article names
MATCH (a:Actor {id: 'united-states'})
MATCH (b:Actor {id: 'pakistan'})
MERGE (a)-[r:COOPERATES_WITH {id: 'sav-046'}]->(b)
ON CREATE SET r.weight = 0.4, r.status = 'CONFIRMED', r.claimedBy = [], r.since = date('2001-09-19'),
  r.quote = 'Pakistan as a counterterrorism partner', r.source = 'sav-2025-pahalgam-crisis';

// since 2017-12-18, record: the U.S. National Security Strategy of 2017-12-18 named China a strategic competitor, because that policy
//   of balancing China is what the quote names; the article gives no start
MATCH (a:Actor {id: 'united-states'})
MATCH (b:Actor {id: 'china'})
MERGE (a)-[r:OPPOSES {id: 'sav-047'}]->(b)
ON CREATE SET r.weight = 0.4, r.status = 'CONFIRMED', r.claimedBy = [], r.since = date('2017-12-18'),
  r.quote = 'Despite viewing India as a contender for balancing China', r.source = 'sav-2025-pahalgam-crisis';

// since 2015-04-20, record: the China-Pakistan Economic Corridor was launched with the agreements signed during Xi Jinping's visit to
//   Islamabad on 2015-04-20, because the relation is that investment
MATCH (a:Actor {id: 'china'})
MATCH (b:Actor {id: 'pakistan'})
MERGE (a)-[r:INVESTS_IN {id: 'sav-048'}]->(b)
ON CREATE SET r.weight = 0.7, r.status = 'CONFIRMED', r.claimedBy = [], r.since = date('2015-04-20'),
  r.quote = 'while still interested in the China-Pakistan Economic Corridor (CPEC)', r.source = 'sav-2025-pahalgam-crisis';

// since 2024-03-26, record: the suicide attack on Chinese engineers near Besham on 2024-03-26, after which Beijing pressed Islamabad
//   in public over the safety of its nationals, because the article's 'in recent times' refers to such attacks (there were earlier ones)
MATCH (a:Actor {id: 'china'})
MATCH (b:Actor {id: 'pakistan'})
MERGE (a)-[r:CRITICIZES {id: 'sav-049'}]->(b)
ON CREATE SET r.weight = 0.4, r.status = 'CONFIRMED', r.claimedBy = [], r.since = date('2024-03-26'),
  r.quote = 'has been disappointed with Islamabad in recent times due to persistent terrorist threats targeting Chinese nationals and projects in Pakistan', r.source = 'sav-2025-pahalgam-crisis';

// since 2015-04-20, record: the China-Pakistan Economic Corridor was launched on 2015-04-20, because it is the investment in
//   infrastructure and commercial projects the quote names
MATCH (a:Actor {id: 'china'})
MATCH (b:Actor {id: 'pakistan'})
MERGE (a)-[r:INVESTS_IN {id: 'sav-050'}]->(b)
ON CREATE SET r.weight = 0.7, r.status = 'CONFIRMED', r.claimedBy = [], r.since = date('2015-04-20'),
  r.quote = 'its investment in infrastructure and commercial projects in the country', r.source = 'sav-2025-pahalgam-crisis';

// since 2021-02-25, record: the joint statement of the two DGMOs of 2021-02-25 re-affirming the LoC cease-fire, because this is the
//   2021 ceasefire the article names
// until 2025-04-24, record: troops exchanged fire along the LoC on the night of 2025-04-24, the first exchange after the Pahalgam
//   attack, nightly until the artillery duels of 2025-05-07 and the new cease-fire of 2025-05-10, because those exchanges broke the
//   2021 ceasefire; the article speaks of it in the past ('brought some stability')
MATCH (a:Actor {id: 'india'})
MATCH (b:Actor {id: 'pakistan'})
MERGE (a)-[r:AGREES_CEASEFIRE_WITH {id: 'sav-051'}]->(b)
ON CREATE SET r.weight = 0.3, r.status = 'CONFIRMED', r.claimedBy = [], r.since = date('2021-02-25'), r.until = date('2025-04-24'),
  r.quote = 'Though the 2021 ceasefire brought some stability', r.source = 'sav-2025-pahalgam-crisis';

// since 2021-02-25, record: the joint statement of the two DGMOs of 2021-02-25 re-affirming the LoC cease-fire, because this is the
//   2021 ceasefire the article names
// until 2025-04-24, record: troops exchanged fire along the LoC on the night of 2025-04-24, the first exchange after the Pahalgam
//   attack, nightly until the artillery duels of 2025-05-07 and the new cease-fire of 2025-05-10, because those exchanges broke the
//   2021 ceasefire; the article speaks of it in the past ('brought some stability')
MATCH (a:Actor {id: 'pakistan'})
MATCH (b:Actor {id: 'india'})
MERGE (a)-[r:AGREES_CEASEFIRE_WITH {id: 'sav-052'}]->(b)
ON CREATE SET r.weight = 0.3, r.status = 'CONFIRMED', r.claimedBy = [], r.since = date('2021-02-25'), r.until = date('2025-04-24'),
  r.quote = 'Though the 2021 ceasefire brought some stability', r.source = 'sav-2025-pahalgam-crisis';

// since 1947-10-27, record: the accession of Jammu and Kashmir to India, accepted on 1947-10-27, because both states have claimed
//   the whole of it since
MATCH (a:Actor {id: 'india'})
MATCH (b:Actor {id: 'pakistan'})
MERGE (a)-[r:OPPOSES {id: 'sav-053'}]->(b)
ON CREATE SET r.weight = 0.6, r.status = 'CONFIRMED', r.claimedBy = [], r.since = date('1947-10-27'),
  r.quote = 'both India and Pakistan demand the entirety of disputed Jammu and Kashmir', r.source = 'sav-2025-pahalgam-crisis';

// since 1947-10-27, record: the accession of Jammu and Kashmir to India, accepted on 1947-10-27, because both states have claimed
//   the whole of it since
MATCH (a:Actor {id: 'pakistan'})
MATCH (b:Actor {id: 'india'})
MERGE (a)-[r:OPPOSES {id: 'sav-054'}]->(b)
ON CREATE SET r.weight = 0.6, r.status = 'CONFIRMED', r.claimedBy = [], r.since = date('1947-10-27'),
  r.quote = 'both India and Pakistan demand the entirety of disputed Jammu and Kashmir', r.source = 'sav-2025-pahalgam-crisis';

// undated: a general judgement about the strategy of both sides (coercion through low-intensity conflict) with no start in the
//   article; no single event on the record begins it, and any date picked would claim more than the article does
MATCH (a:Actor {id: 'india'})
MATCH (b:Actor {id: 'pakistan'})
MERGE (a)-[r:COERCES {id: 'sav-055'}]->(b)
ON CREATE SET r.weight = 0.5, r.status = 'CONFIRMED', r.claimedBy = [],
  r.quote = 'both sides find coercing the other side through low-intensity conflict more appealing rather than coming to the negotiating table', r.source = 'sav-2025-pahalgam-crisis';

// undated: a general judgement about the strategy of both sides (coercion through low-intensity conflict) with no start in the
//   article; no single event on the record begins it, and any date picked would claim more than the article does
MATCH (a:Actor {id: 'pakistan'})
MATCH (b:Actor {id: 'india'})
MERGE (a)-[r:COERCES {id: 'sav-056'}]->(b)
ON CREATE SET r.weight = 0.5, r.status = 'CONFIRMED', r.claimedBy = [],
  r.quote = 'both sides find coercing the other side through low-intensity conflict more appealing rather than coming to the negotiating table', r.source = 'sav-2025-pahalgam-crisis';

// since 2025-01-20, record: Trump's second term began on 2025-01-20, because the quote names 'the second Trump presidency'
MATCH (a:Actor {id: 'donald-trump'})
MATCH (b:Actor {id: 'united-states'})
MERGE (a)-[r:LEADS {id: 'sav-057'}]->(b)
ON CREATE SET r.weight = 0.8, r.status = 'CONFIRMED', r.claimedBy = [], r.since = date('2025-01-20'),
  r.quote = 'South Asia largely figures low in the overall priority list of the second Trump presidency', r.source = 'sav-2025-pahalgam-crisis';

// since 2023-07-25, record: Wang Yi reappointed Foreign Minister on 2023-07-25 (his current stint), because the relation is his
//   holding that office
MATCH (a:Actor {id: 'wang-yi'})
MATCH (b:Actor {id: 'china'})
MERGE (a)-[r:AFFILIATED_WITH {id: 'sav-058'}]->(b)
ON CREATE SET r.weight = 0.5, r.status = 'CONFIRMED', r.claimedBy = [], r.since = date('2023-07-25'),
  r.quote = 'China’s Foreign Minister Wang Yi', r.source = 'sav-2025-pahalgam-crisis';

// since 2025-04-29, record: Lt Gen Muhammad Asim Malik, head of the ISI, was given the additional charge of National Security
//   Adviser by a notification of 2025-04-29 (the post had been vacant since 2022), because he is the Pakistani NSA Rubio spoke to
MATCH (a:Actor {id: 'pakistan-national-security-adviser'})
MATCH (b:Actor {id: 'pakistan'})
MERGE (a)-[r:AFFILIATED_WITH {id: 'sav-059'}]->(b)
ON CREATE SET r.weight = 0.3, r.status = 'CONFIRMED', r.claimedBy = [], r.since = date('2025-04-29'),
  r.quote = 'spoke to both the Indian and Pakistani NSAs', r.source = 'sav-2025-pahalgam-crisis';

// since 1999-10-12, record: Musharraf took power on 1999-10-12, because the quote names him a former Pakistani head of government
//   (the article calls him Prime Minister; he was Chief Executive and then President)
// until 2008-08-18, record: Musharraf resigned as President on 2008-08-18, because that ended his time as head of state
MATCH (a:Actor {id: 'pervez-musharraf'})
MATCH (b:Actor {id: 'pakistan'})
MERGE (a)-[r:AFFILIATED_WITH {id: 'sav-060'}]->(b)
ON CREATE SET r.weight = 0.4, r.status = 'CONFIRMED', r.claimedBy = [], r.since = date('1999-10-12'), r.until = date('2008-08-18'),
  r.quote = 'former Pakistani Prime Minister Pervez Musharraf', r.source = 'sav-2025-pahalgam-crisis';

// since 1789-07-27, record: the Department of Foreign Affairs, renamed the Department of State that September, was established on
//   1789-07-27, because the department has belonged to the United States since
MATCH (a:Actor {id: 'us-department-of-state'})
MATCH (b:Actor {id: 'united-states'})
MERGE (a)-[r:AFFILIATED_WITH {id: 'sav-061'}]->(b)
ON CREATE SET r.weight = 0.3, r.status = 'CONFIRMED', r.claimedBy = [], r.since = date('1789-07-27'),
  r.quote = 'U.S. Secretary of State Marco Rubio', r.source = 'sav-2025-pahalgam-crisis';
