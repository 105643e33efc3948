// Relations stated or reported as claims in the South Asian Voices (Stimson Center) analysis of the Pahalgam
// crisis, written after the Indian strikes of 7 May 2025. Each relationship is one sourced claim; its quote is verbatim.

MATCH (a:Actor {id: 'the-resistance-front'})
MATCH (b:Actor {id: 'india'})
MERGE (a)-[r:ATTACKS {id: 'sav-001'}]->(b)
ON CREATE SET r.weight = 0.9, r.status = 'CLAIMED', r.claimedBy = ['the-resistance-front'], r.since = date('2025-04-22'),
  r.quote = 'The deadly terror attack in Pahalgam in Indian-administered Kashmir, which was initially claimed by The Resistance Front', r.source = 'sav-2025-pahalgam-crisis';

MATCH (a:Actor {id: 'india'})
MATCH (b:Actor {id: 'the-resistance-front'})
MERGE (a)-[r:ACCUSES {id: 'sav-002'}]->(b)
ON CREATE SET r.weight = 0.6, r.status = 'CONFIRMED', r.claimedBy = [],
  r.quote = 'an entity India accuses of being linked with Pakistan-based banned group Lashkar-e-Taiba (LeT)', r.source = 'sav-2025-pahalgam-crisis';

MATCH (a:Actor {id: 'the-resistance-front'})
MATCH (b:Actor {id: 'lashkar-e-taiba'})
MERGE (a)-[r:AFFILIATED_WITH {id: 'sav-003'}]->(b)
ON CREATE SET r.weight = 0.7, r.status = 'CLAIMED', r.claimedBy = ['india'],
  r.quote = 'an entity India accuses of being linked with Pakistan-based banned group Lashkar-e-Taiba (LeT)', r.source = 'sav-2025-pahalgam-crisis';

MATCH (a:Actor {id: 'pakistan'})
MATCH (b:Actor {id: 'india'})
MERGE (a)-[r:URGES_RESTRAINT {id: 'sav-004'}]->(b)
ON CREATE SET r.weight = 0.4, r.status = 'CONFIRMED', r.claimedBy = [],
  r.quote = 'Pakistan’s calls for restraint went unheeded', r.source = 'sav-2025-pahalgam-crisis';

MATCH (a:Actor {id: 'india'})
MATCH (b:Actor {id: 'pakistan'})
MERGE (a)-[r:ATTACKS {id: 'sav-005'}]->(b)
ON CREATE SET r.weight = 1.0, r.status = 'CONFIRMED', r.claimedBy = [], r.since = date('2025-05-07'),
  r.quote = 'India launched coordinated missile, air and drone strikes on multiple sites in Pakistan and Pakistan-administered Kashmir', r.source = 'sav-2025-pahalgam-crisis';

MATCH (a:Actor {id: 'pakistan'})
MATCH (b:Actor {id: 'india'})
MERGE (a)-[r:ATTACKS {id: 'sav-006'}]->(b)
ON CREATE SET r.weight = 0.5, r.status = 'CLAIMED', r.claimedBy = ['shehbaz-sharif'], r.since = date('2025-05-07'),
  r.quote = 'Prime Minister Shehbaz Sharif claimed that Pakistan had shot down 5 Indian jets, but this has not been confirmed by India or international reporting', r.source = 'sav-2025-pahalgam-crisis';

MATCH (a:Actor {id: 'shehbaz-sharif'})
MATCH (b:Actor {id: 'pakistan'})
MERGE (a)-[r:LEADS {id: 'sav-007'}]->(b)
ON CREATE SET r.weight = 0.8, r.status = 'CONFIRMED', r.claimedBy = [],
  r.quote = 'Prime Minister Shehbaz Sharif', r.source = 'sav-2025-pahalgam-crisis';

MATCH (a:Actor {id: 'shehbaz-sharif'})
MATCH (b:Actor {id: 'pakistan-national-security-committee'})
MERGE (a)-[r:LEADS {id: 'sav-008'}]->(b)
ON CREATE SET r.weight = 0.4, r.status = 'CONFIRMED', r.claimedBy = [],
  r.quote = 'after convening a meeting of the National Security Committee', r.source = 'sav-2025-pahalgam-crisis';

MATCH (a:Actor {id: 'pakistan'})
MATCH (b:Actor {id: 'india'})
MERGE (a)-[r:THREATENS {id: 'sav-009'}]->(b)
ON CREATE SET r.weight = 0.7, r.status = 'CONFIRMED', r.claimedBy = [], r.since = date('2025-05-07'),
  r.quote = 'Pakistan reserves the right to respond “at a time, place, and manner of its choosing.”', r.source = 'sav-2025-pahalgam-crisis';

MATCH (a:Actor {id: 'marco-rubio'})
MATCH (b:Actor {id: 'ajit-doval'})
MERGE (a)-[r:URGES_RESTRAINT {id: 'sav-010'}]->(b)
ON CREATE SET r.weight = 0.5, r.status = 'CONFIRMED', r.claimedBy = [], r.since = date('2025-05-07'),
  r.quote = 'Marco Rubio spoke to both the Indian and Pakistani NSAs and urged them to de-escalate', r.source = 'sav-2025-pahalgam-crisis';

MATCH (a:Actor {id: 'marco-rubio'})
MATCH (b:Actor {id: 'pakistan-national-security-adviser'})
MERGE (a)-[r:URGES_RESTRAINT {id: 'sav-011'}]->(b)
ON CREATE SET r.weight = 0.5, r.status = 'CONFIRMED', r.claimedBy = [], r.since = date('2025-05-07'),
  r.quote = 'Marco Rubio spoke to both the Indian and Pakistani NSAs and urged them to de-escalate', r.source = 'sav-2025-pahalgam-crisis';

MATCH (a:Actor {id: 'marco-rubio'})
MATCH (b:Actor {id: 'us-department-of-state'})
MERGE (a)-[r:LEADS {id: 'sav-012'}]->(b)
ON CREATE SET r.weight = 0.5, r.status = 'CONFIRMED', r.claimedBy = [],
  r.quote = 'U.S. Secretary of State Marco Rubio', r.source = 'sav-2025-pahalgam-crisis';

MATCH (a:Actor {id: 'india'})
MATCH (b:Actor {id: 'pakistan'})
MERGE (a)-[r:ACCUSES {id: 'sav-013'}]->(b)
ON CREATE SET r.weight = 0.7, r.status = 'CONFIRMED', r.claimedBy = [],
  r.quote = 'with India attributing their origin to Pakistan', r.source = 'sav-2025-pahalgam-crisis';

MATCH (a:Actor {id: 'pakistan'})
MATCH (b:Actor {id: 'india'})
MERGE (a)-[r:ACCUSES {id: 'sav-014'}]->(b)
ON CREATE SET r.weight = 0.7, r.status = 'CONFIRMED', r.claimedBy = [],
  r.quote = 'which Islamabad accuses New Delhi of abetting and supporting', r.source = 'sav-2025-pahalgam-crisis';

MATCH (a:Actor {id: 'india'})
MATCH (b:Actor {id: 'baloch-militants'})
MERGE (a)-[r:SUPPORTS {id: 'sav-015'}]->(b)
ON CREATE SET r.weight = 0.6, r.status = 'CLAIMED', r.claimedBy = ['pakistan'],
  r.quote = 'Balochistan, Pakistan’s largest province, is another hotspot of militancy, which Islamabad accuses New Delhi of abetting and supporting', r.source = 'sav-2025-pahalgam-crisis';

MATCH (a:Actor {id: 'baloch-militants'})
MATCH (b:Actor {id: 'pakistan'})
MERGE (a)-[r:ATTACKS {id: 'sav-016'}]->(b)
ON CREATE SET r.weight = 0.5, r.status = 'CONFIRMED', r.claimedBy = [],
  r.quote = 'With violence in Balochistan only intensifying over time', r.source = 'sav-2025-pahalgam-crisis';

MATCH (a:Actor {id: 'pakistan'})
MATCH (b:Actor {id: 'kashmir-militants'})
MERGE (a)-[r:SUPPORTS {id: 'sav-017'}]->(b)
ON CREATE SET r.weight = 0.6, r.status = 'CLAIMED', r.claimedBy = ['india'],
  r.quote = 'its alleged role in supporting militancy inside Kashmir', r.source = 'sav-2025-pahalgam-crisis';

MATCH (a:Actor {id: 'pakistan'})
MATCH (b:Actor {id: 'kashmir-militants'})
MERGE (a)-[r:SUPPORTS {id: 'sav-018'}]->(b)
ON CREATE SET r.weight = 0.5, r.status = 'CLAIMED', r.claimedBy = ['india'],
  r.quote = 'militant attacks that India believes are sponsored by Pakistan', r.source = 'sav-2025-pahalgam-crisis';

MATCH (a:Actor {id: 'kashmir-militants'})
MATCH (b:Actor {id: 'india'})
MERGE (a)-[r:ATTACKS {id: 'sav-019'}]->(b)
ON CREATE SET r.weight = 0.6, r.status = 'CONFIRMED', r.claimedBy = [],
  r.quote = 'militant attacks that take place in either mainland India or Indian-administered Kashmir', r.source = 'sav-2025-pahalgam-crisis';

MATCH (a:Actor {id: 'narendra-modi'})
MATCH (b:Actor {id: 'india'})
MERGE (a)-[r:LEADS {id: 'sav-020'}]->(b)
ON CREATE SET r.weight = 0.9, r.status = 'CONFIRMED', r.claimedBy = [],
  r.quote = 'After coming to power in 2014, Narendra Modi', r.source = 'sav-2025-pahalgam-crisis';

MATCH (a:Actor {id: 'ajit-doval'})
MATCH (b:Actor {id: 'narendra-modi'})
MERGE (a)-[r:ADVISES {id: 'sav-021'}]->(b)
ON CREATE SET r.weight = 0.7, r.status = 'CONFIRMED', r.claimedBy = [],
  r.quote = 'At the heart of this posture as it applies to Pakistan is Indian National Security Adviser Ajit Doval', r.source = 'sav-2025-pahalgam-crisis';

MATCH (a:Actor {id: 'ajit-doval'})
MATCH (b:Actor {id: 'pakistan'})
MERGE (a)-[r:THREATENS {id: 'sav-022'}]->(b)
ON CREATE SET r.weight = 0.6, r.status = 'CONFIRMED', r.claimedBy = [],
  r.quote = 'Doval pitched the idea of “defensive offense,” which entails launching disproportionate large-scale attacks in Balochistan or elsewhere in Pakistan', r.source = 'sav-2025-pahalgam-crisis';

MATCH (a:Actor {id: 'india'})
MATCH (b:Actor {id: 'pakistan'})
MERGE (a)-[r:ATTACKS {id: 'sav-023'}]->(b)
ON CREATE SET r.weight = 0.5, r.status = 'CLAIMED', r.claimedBy = ['pakistan'],
  r.quote = 'a spate of targeted assassinations of individuals in the country that Islamabad alleges were punished by India', r.source = 'sav-2025-pahalgam-crisis';

MATCH (a:Actor {id: 'pakistan'})
MATCH (b:Actor {id: 'india'})
MERGE (a)-[r:ACCUSES {id: 'sav-024'}]->(b)
ON CREATE SET r.weight = 0.5, r.status = 'CONFIRMED', r.claimedBy = [],
  r.quote = 'Islamabad alleges were punished by India for ties to militancy in Kashmir or mainland India', r.source = 'sav-2025-pahalgam-crisis';

MATCH (a:Actor {id: 'united-states'})
MATCH (b:Actor {id: 'india'})
MERGE (a)-[r:URGES_RESTRAINT {id: 'sav-025'}]->(b)
ON CREATE SET r.weight = 0.5, r.status = 'CONFIRMED', r.claimedBy = [],
  r.quote = 'the United States, China, the United Arab Emirates and Saudi Arabia have got involved and urged India and Pakistan to show restraint', r.source = 'sav-2025-pahalgam-crisis';

MATCH (a:Actor {id: 'united-states'})
MATCH (b:Actor {id: 'pakistan'})
MERGE (a)-[r:URGES_RESTRAINT {id: 'sav-026'}]->(b)
ON CREATE SET r.weight = 0.5, r.status = 'CONFIRMED', r.claimedBy = [],
  r.quote = 'the United States, China, the United Arab Emirates and Saudi Arabia have got involved and urged India and Pakistan to show restraint', r.source = 'sav-2025-pahalgam-crisis';

MATCH (a:Actor {id: 'china'})
MATCH (b:Actor {id: 'india'})
MERGE (a)-[r:URGES_RESTRAINT {id: 'sav-027'}]->(b)
ON CREATE SET r.weight = 0.5, r.status = 'CONFIRMED', r.claimedBy = [],
  r.quote = 'the United States, China, the United Arab Emirates and Saudi Arabia have got involved and urged India and Pakistan to show restraint', r.source = 'sav-2025-pahalgam-crisis';

MATCH (a:Actor {id: 'china'})
MATCH (b:Actor {id: 'pakistan'})
MERGE (a)-[r:URGES_RESTRAINT {id: 'sav-028'}]->(b)
ON CREATE SET r.weight = 0.5, r.status = 'CONFIRMED', r.claimedBy = [],
  r.quote = 'the United States, China, the United Arab Emirates and Saudi Arabia have got involved and urged India and Pakistan to show restraint', r.source = 'sav-2025-pahalgam-crisis';

MATCH (a:Actor {id: 'united-arab-emirates'})
MATCH (b:Actor {id: 'india'})
MERGE (a)-[r:URGES_RESTRAINT {id: 'sav-029'}]->(b)
ON CREATE SET r.weight = 0.4, r.status = 'CONFIRMED', r.claimedBy = [],
  r.quote = 'the United States, China, the United Arab Emirates and Saudi Arabia have got involved and urged India and Pakistan to show restraint', r.source = 'sav-2025-pahalgam-crisis';

MATCH (a:Actor {id: 'united-arab-emirates'})
MATCH (b:Actor {id: 'pakistan'})
MERGE (a)-[r:URGES_RESTRAINT {id: 'sav-030'}]->(b)
ON CREATE SET r.weight = 0.4, r.status = 'CONFIRMED', r.claimedBy = [],
  r.quote = 'the United States, China, the United Arab Emirates and Saudi Arabia have got involved and urged India and Pakistan to show restraint', r.source = 'sav-2025-pahalgam-crisis';

MATCH (a:Actor {id: 'saudi-arabia'})
MATCH (b:Actor {id: 'india'})
MERGE (a)-[r:URGES_RESTRAINT {id: 'sav-031'}]->(b)
ON CREATE SET r.weight = 0.4, r.status = 'CONFIRMED', r.claimedBy = [],
  r.quote = 'the United States, China, the United Arab Emirates and Saudi Arabia have got involved and urged India and Pakistan to show restraint', r.source = 'sav-2025-pahalgam-crisis';

MATCH (a:Actor {id: 'saudi-arabia'})
MATCH (b:Actor {id: 'pakistan'})
MERGE (a)-[r:URGES_RESTRAINT {id: 'sav-032'}]->(b)
ON CREATE SET r.weight = 0.4, r.status = 'CONFIRMED', r.claimedBy = [],
  r.quote = 'the United States, China, the United Arab Emirates and Saudi Arabia have got involved and urged India and Pakistan to show restraint', r.source = 'sav-2025-pahalgam-crisis';

MATCH (a:Actor {id: 'russia'})
MATCH (b:Actor {id: 'india'})
MERGE (a)-[r:OFFERS_MEDIATION {id: 'sav-033'}]->(b)
ON CREATE SET r.weight = 0.3, r.status = 'CONFIRMED', r.claimedBy = [],
  r.quote = 'Russia and Iran have offered to mediate the crisis', r.source = 'sav-2025-pahalgam-crisis';

MATCH (a:Actor {id: 'russia'})
MATCH (b:Actor {id: 'pakistan'})
MERGE (a)-[r:OFFERS_MEDIATION {id: 'sav-034'}]->(b)
ON CREATE SET r.weight = 0.3, r.status = 'CONFIRMED', r.claimedBy = [],
  r.quote = 'Russia and Iran have offered to mediate the crisis', r.source = 'sav-2025-pahalgam-crisis';

MATCH (a:Actor {id: 'iran'})
MATCH (b:Actor {id: 'india'})
MERGE (a)-[r:OFFERS_MEDIATION {id: 'sav-035'}]->(b)
ON CREATE SET r.weight = 0.3, r.status = 'CONFIRMED', r.claimedBy = [],
  r.quote = 'Russia and Iran have offered to mediate the crisis', r.source = 'sav-2025-pahalgam-crisis';

MATCH (a:Actor {id: 'iran'})
MATCH (b:Actor {id: 'pakistan'})
MERGE (a)-[r:OFFERS_MEDIATION {id: 'sav-036'}]->(b)
ON CREATE SET r.weight = 0.3, r.status = 'CONFIRMED', r.claimedBy = [],
  r.quote = 'Russia and Iran have offered to mediate the crisis', r.source = 'sav-2025-pahalgam-crisis';

MATCH (a:Actor {id: 'bharatiya-janata-party'})
MATCH (b:Actor {id: 'pakistan'})
MERGE (a)-[r:THREATENS {id: 'sav-037'}]->(b)
ON CREATE SET r.weight = 0.5, r.status = 'CONFIRMED', r.claimedBy = [],
  r.quote = 'adopting a belligerent stance on Pakistan and taking strong action against it', r.source = 'sav-2025-pahalgam-crisis';

MATCH (a:Actor {id: 'pakistan-army'})
MATCH (b:Actor {id: 'pakistan'})
MERGE (a)-[r:SUPPORTS {id: 'sav-038'}]->(b)
ON CREATE SET r.weight = 0.5, r.status = 'CONFIRMED', r.claimedBy = [],
  r.quote = 'the military has projected itself not only as the defender of the country’s territory but also its ideological foundations', r.source = 'sav-2025-pahalgam-crisis';

MATCH (a:Actor {id: 'pervez-musharraf'})
MATCH (b:Actor {id: 'india'})
MERGE (a)-[r:NEGOTIATES_WITH {id: 'sav-039'}]->(b)
ON CREATE SET r.weight = 0.3, r.status = 'CONFIRMED', r.claimedBy = [],
  r.quote = 'several proposals floated in the past digressed from such rigid positions, including former Pakistani Prime Minister Pervez Musharraf’s four point formula', r.source = 'sav-2025-pahalgam-crisis';

MATCH (a:Actor {id: 'marco-rubio'})
MATCH (b:Actor {id: 'india'})
MERGE (a)-[r:URGES_RESTRAINT {id: 'sav-040'}]->(b)
ON CREATE SET r.weight = 0.6, r.status = 'CONFIRMED', r.claimedBy = [],
  r.quote = 'Secretary Rubio called on India and Pakistan to exercise restraint', r.source = 'sav-2025-pahalgam-crisis';

MATCH (a:Actor {id: 'marco-rubio'})
MATCH (b:Actor {id: 'pakistan'})
MERGE (a)-[r:URGES_RESTRAINT {id: 'sav-041'}]->(b)
ON CREATE SET r.weight = 0.6, r.status = 'CONFIRMED', r.claimedBy = [],
  r.quote = 'Secretary Rubio called on India and Pakistan to exercise restraint', r.source = 'sav-2025-pahalgam-crisis';

MATCH (a:Actor {id: 'wang-yi'})
MATCH (b:Actor {id: 'india'})
MERGE (a)-[r:URGES_RESTRAINT {id: 'sav-042'}]->(b)
ON CREATE SET r.weight = 0.5, r.status = 'CONFIRMED', r.claimedBy = [],
  r.quote = 'Wang Yi called for a fair and timely investigation into the attacks and urged New Delhi and Islamabad to engage in dialogue', r.source = 'sav-2025-pahalgam-crisis';

MATCH (a:Actor {id: 'wang-yi'})
MATCH (b:Actor {id: 'pakistan'})
MERGE (a)-[r:URGES_RESTRAINT {id: 'sav-043'}]->(b)
ON CREATE SET r.weight = 0.5, r.status = 'CONFIRMED', r.claimedBy = [],
  r.quote = 'Wang Yi called for a fair and timely investigation into the attacks and urged New Delhi and Islamabad to engage in dialogue', r.source = 'sav-2025-pahalgam-crisis';

MATCH (a:Actor {id: 'united-states'})
MATCH (b:Actor {id: 'india'})
MERGE (a)-[r:COOPERATES_WITH {id: 'sav-044'}]->(b)
ON CREATE SET r.weight = 0.6, r.status = 'CONFIRMED', r.claimedBy = [],
  r.quote = 'Washington and Beijing’s strategic, geopolitical, and economic ties with New Delhi and Islamabad respectively', r.source = 'sav-2025-pahalgam-crisis';

MATCH (a:Actor {id: 'china'})
MATCH (b:Actor {id: 'pakistan'})
MERGE (a)-[r:COOPERATES_WITH {id: 'sav-045'}]->(b)
ON CREATE SET r.weight = 0.7, r.status = 'CONFIRMED', r.claimedBy = [],
  r.quote = 'Washington and Beijing’s strategic, geopolitical, and economic ties with New Delhi and Islamabad respectively', r.source = 'sav-2025-pahalgam-crisis';

MATCH (a:Actor {id: 'united-states'})
MATCH (b:Actor {id: 'pakistan'})
MERGE (a)-[r:COOPERATES_WITH {id: 'sav-046'}]->(b)
ON CREATE SET r.weight = 0.4, r.status = 'CONFIRMED', r.claimedBy = [],
  r.quote = 'Pakistan as a counterterrorism partner', r.source = 'sav-2025-pahalgam-crisis';

MATCH (a:Actor {id: 'united-states'})
MATCH (b:Actor {id: 'china'})
MERGE (a)-[r:OPPOSES {id: 'sav-047'}]->(b)
ON CREATE SET r.weight = 0.4, r.status = 'CONFIRMED', r.claimedBy = [],
  r.quote = 'Despite viewing India as a contender for balancing China', r.source = 'sav-2025-pahalgam-crisis';

MATCH (a:Actor {id: 'china'})
MATCH (b:Actor {id: 'pakistan'})
MERGE (a)-[r:INVESTS_IN {id: 'sav-048'}]->(b)
ON CREATE SET r.weight = 0.7, r.status = 'CONFIRMED', r.claimedBy = [],
  r.quote = 'while still interested in the China-Pakistan Economic Corridor (CPEC)', r.source = 'sav-2025-pahalgam-crisis';

MATCH (a:Actor {id: 'china'})
MATCH (b:Actor {id: 'pakistan'})
MERGE (a)-[r:CRITICIZES {id: 'sav-049'}]->(b)
ON CREATE SET r.weight = 0.4, r.status = 'CONFIRMED', r.claimedBy = [],
  r.quote = 'has been disappointed with Islamabad in recent times due to persistent terrorist threats targeting Chinese nationals and projects in Pakistan', r.source = 'sav-2025-pahalgam-crisis';

MATCH (a:Actor {id: 'china'})
MATCH (b:Actor {id: 'pakistan'})
MERGE (a)-[r:INVESTS_IN {id: 'sav-050'}]->(b)
ON CREATE SET r.weight = 0.7, r.status = 'CONFIRMED', r.claimedBy = [],
  r.quote = 'its investment in infrastructure and commercial projects in the country', r.source = 'sav-2025-pahalgam-crisis';

MATCH (a:Actor {id: 'india'})
MATCH (b:Actor {id: 'pakistan'})
MERGE (a)-[r:AGREES_CEASEFIRE_WITH {id: 'sav-051'}]->(b)
ON CREATE SET r.weight = 0.3, r.status = 'CONFIRMED', r.claimedBy = [],
  r.quote = 'Though the 2021 ceasefire brought some stability', r.source = 'sav-2025-pahalgam-crisis';

MATCH (a:Actor {id: 'pakistan'})
MATCH (b:Actor {id: 'india'})
MERGE (a)-[r:AGREES_CEASEFIRE_WITH {id: 'sav-052'}]->(b)
ON CREATE SET r.weight = 0.3, r.status = 'CONFIRMED', r.claimedBy = [],
  r.quote = 'Though the 2021 ceasefire brought some stability', r.source = 'sav-2025-pahalgam-crisis';

MATCH (a:Actor {id: 'india'})
MATCH (b:Actor {id: 'pakistan'})
MERGE (a)-[r:OPPOSES {id: 'sav-053'}]->(b)
ON CREATE SET r.weight = 0.6, r.status = 'CONFIRMED', r.claimedBy = [],
  r.quote = 'both India and Pakistan demand the entirety of disputed Jammu and Kashmir', r.source = 'sav-2025-pahalgam-crisis';

MATCH (a:Actor {id: 'pakistan'})
MATCH (b:Actor {id: 'india'})
MERGE (a)-[r:OPPOSES {id: 'sav-054'}]->(b)
ON CREATE SET r.weight = 0.6, r.status = 'CONFIRMED', r.claimedBy = [],
  r.quote = 'both India and Pakistan demand the entirety of disputed Jammu and Kashmir', r.source = 'sav-2025-pahalgam-crisis';

MATCH (a:Actor {id: 'india'})
MATCH (b:Actor {id: 'pakistan'})
MERGE (a)-[r:COERCES {id: 'sav-055'}]->(b)
ON CREATE SET r.weight = 0.5, r.status = 'CONFIRMED', r.claimedBy = [],
  r.quote = 'both sides find coercing the other side through low-intensity conflict more appealing rather than coming to the negotiating table', r.source = 'sav-2025-pahalgam-crisis';

MATCH (a:Actor {id: 'pakistan'})
MATCH (b:Actor {id: 'india'})
MERGE (a)-[r:COERCES {id: 'sav-056'}]->(b)
ON CREATE SET r.weight = 0.5, r.status = 'CONFIRMED', r.claimedBy = [],
  r.quote = 'both sides find coercing the other side through low-intensity conflict more appealing rather than coming to the negotiating table', r.source = 'sav-2025-pahalgam-crisis';

MATCH (a:Actor {id: 'donald-trump'})
MATCH (b:Actor {id: 'united-states'})
MERGE (a)-[r:LEADS {id: 'sav-057'}]->(b)
ON CREATE SET r.weight = 0.8, r.status = 'CONFIRMED', r.claimedBy = [],
  r.quote = 'South Asia largely figures low in the overall priority list of the second Trump presidency', r.source = 'sav-2025-pahalgam-crisis';

MATCH (a:Actor {id: 'wang-yi'})
MATCH (b:Actor {id: 'china'})
MERGE (a)-[r:AFFILIATED_WITH {id: 'sav-058'}]->(b)
ON CREATE SET r.weight = 0.5, r.status = 'CONFIRMED', r.claimedBy = [],
  r.quote = 'China’s Foreign Minister Wang Yi', r.source = 'sav-2025-pahalgam-crisis';

MATCH (a:Actor {id: 'pakistan-national-security-adviser'})
MATCH (b:Actor {id: 'pakistan'})
MERGE (a)-[r:AFFILIATED_WITH {id: 'sav-059'}]->(b)
ON CREATE SET r.weight = 0.3, r.status = 'CONFIRMED', r.claimedBy = [],
  r.quote = 'spoke to both the Indian and Pakistani NSAs', r.source = 'sav-2025-pahalgam-crisis';

MATCH (a:Actor {id: 'pervez-musharraf'})
MATCH (b:Actor {id: 'pakistan'})
MERGE (a)-[r:AFFILIATED_WITH {id: 'sav-060'}]->(b)
ON CREATE SET r.weight = 0.4, r.status = 'CONFIRMED', r.claimedBy = [],
  r.quote = 'former Pakistani Prime Minister Pervez Musharraf', r.source = 'sav-2025-pahalgam-crisis';

MATCH (a:Actor {id: 'us-department-of-state'})
MATCH (b:Actor {id: 'united-states'})
MERGE (a)-[r:AFFILIATED_WITH {id: 'sav-061'}]->(b)
ON CREATE SET r.weight = 0.3, r.status = 'CONFIRMED', r.claimedBy = [],
  r.quote = 'U.S. Secretary of State Marco Rubio', r.source = 'sav-2025-pahalgam-crisis';
