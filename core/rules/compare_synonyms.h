// Word groups that news outlets, and translations of one statement, use
// interchangeably. Comparing claims, every word of a group counts as the
// group's concept, so "key units" meets "important units". Groups are
// general news vocabulary (reporting on conflict, diplomacy, politics and
// the economy), not the wording of any one story. Inflected forms that the
// light stemmer (compare_stems.h) cannot reach are listed explicitly.
#pragma once

namespace claimscope::rules {

struct SynonymRule {
  const char* text;     // lower-case word as written
  const char* meaning;  // the group's term
  const char* id;
  const char* reason;
};

constexpr SynonymRule kCompareSynonyms[] = {
    // importance
    {"key", "~important", "syn.important", "degree of importance"},
    {"critical", "~important", "syn.important", "degree of importance"},
    {"crucial", "~important", "syn.important", "degree of importance"},
    {"important", "~important", "syn.important", "degree of importance"},
    {"vital", "~important", "syn.important", "degree of importance"},
    {"essential", "~important", "syn.important", "degree of importance"},
    // withdrawal
    {"withdraw", "~withdraw", "syn.withdraw", "moving forces or people away"},
    {"withdraws", "~withdraw", "syn.withdraw", "moving forces or people away"},
    {"withdrew", "~withdraw", "syn.withdraw", "moving forces or people away"},
    {"withdrawn", "~withdraw", "syn.withdraw", "moving forces or people away"},
    {"withdrawing", "~withdraw", "syn.withdraw", "moving forces or people away"},
    {"withdrawal", "~withdraw", "syn.withdraw", "moving forces or people away"},
    {"withdrawals", "~withdraw", "syn.withdraw", "moving forces or people away"},
    {"retreat", "~withdraw", "syn.withdraw", "moving forces or people away"},
    {"retreating", "~withdraw", "syn.withdraw", "moving forces or people away"},
    {"pullback", "~withdraw", "syn.withdraw", "moving forces or people away"},
    {"pullout", "~withdraw", "syn.withdraw", "moving forces or people away"},
    // armed forces
    {"troops", "~troops", "syn.troops", "armed forces"}, {"troop", "~troops", "syn.troops", "armed forces"},
    {"forces", "~troops", "syn.troops", "armed forces"}, {"soldiers", "~troops", "syn.troops", "armed forces"},
    {"servicemen", "~troops", "syn.troops", "armed forces"},
    // seeing, observing
    {"see", "~see", "syn.see", "perception verbs in their irregular forms"},
    {"sees", "~see", "syn.see", "perception verbs in their irregular forms"},
    {"saw", "~see", "syn.see", "perception verbs in their irregular forms"},
    {"seen", "~see", "syn.see", "perception verbs in their irregular forms"},
    {"seeing", "~see", "syn.see", "perception verbs in their irregular forms"},
    {"observe", "~see", "syn.see", "perception verbs in their irregular forms"},
    {"observed", "~see", "syn.see", "perception verbs in their irregular forms"},
    {"witnessed", "~see", "syn.see", "perception verbs in their irregular forms"},
    // growth
    {"increase", "~increase", "syn.increase", "growing in number or strength"},
    {"increased", "~increase", "syn.increase", "growing in number or strength"},
    {"increasing", "~increase", "syn.increase", "growing in number or strength"},
    {"strengthen", "~increase", "syn.increase", "growing in number or strength"},
    {"strengthening", "~increase", "syn.increase", "growing in number or strength"},
    {"boost", "~increase", "syn.increase", "growing in number or strength"},
    {"boosting", "~increase", "syn.increase", "growing in number or strength"},
    {"raise", "~increase", "syn.increase", "growing in number or strength"},
    {"raised", "~increase", "syn.increase", "growing in number or strength"},
    {"expand", "~increase", "syn.increase", "growing in number or strength"},
    {"expanding", "~increase", "syn.increase", "growing in number or strength"},
    {"buildup", "~increase", "syn.increase", "growing in number or strength"},
    {"build-up", "~increase", "syn.increase", "growing in number or strength"},
    {"rise", "~increase", "syn.increase", "growing in number or strength"},
    {"rising", "~increase", "syn.increase", "growing in number or strength"},
    {"grow", "~increase", "syn.increase", "growing in number or strength"},
    {"growing", "~increase", "syn.increase", "growing in number or strength"},
    // decline
    {"decrease", "~decrease", "syn.decrease", "falling in number or strength"},
    {"decreased", "~decrease", "syn.decrease", "falling in number or strength"},
    {"reduce", "~decrease", "syn.decrease", "falling in number or strength"},
    {"reduced", "~decrease", "syn.decrease", "falling in number or strength"},
    {"cut", "~decrease", "syn.decrease", "falling in number or strength"},
    {"fall", "~decrease", "syn.decrease", "falling in number or strength"},
    {"fell", "~decrease", "syn.decrease", "falling in number or strength"},
    {"drop", "~decrease", "syn.decrease", "falling in number or strength"},
    {"dropped", "~decrease", "syn.decrease", "falling in number or strength"},
    // evidence
    {"proof", "~evidence", "syn.evidence", "showing that something is true"},
    {"prove", "~evidence", "syn.evidence", "showing that something is true"},
    {"proved", "~evidence", "syn.evidence", "showing that something is true"},
    {"proven", "~evidence", "syn.evidence", "showing that something is true"},
    {"evidence", "~evidence", "syn.evidence", "showing that something is true"},
    {"confirm", "~evidence", "syn.evidence", "showing that something is true"},
    {"confirmed", "~evidence", "syn.evidence", "showing that something is true"},
    {"demonstrate", "~evidence", "syn.evidence", "showing that something is true"},
    // contradiction
    {"contrary", "~contradict", "syn.contradict", "being at odds with"},
    {"contradict", "~contradict", "syn.contradict", "being at odds with"},
    {"contradicts", "~contradict", "syn.contradict", "being at odds with"},
    {"contradicted", "~contradict", "syn.contradict", "being at odds with"},
    {"conflict", "~contradict", "syn.contradict", "being at odds with (in conflict with)"},
    {"inconsistent", "~contradict", "syn.contradict", "being at odds with"},
    // error
    {"wrong", "~wrong", "syn.wrong", "judged untrue or mistaken"},
    {"incorrect", "~wrong", "syn.wrong", "judged untrue or mistaken"},
    {"mistaken", "~wrong", "syn.wrong", "judged untrue or mistaken"},
    {"false", "~wrong", "syn.wrong", "judged untrue or mistaken"},
    {"untrue", "~wrong", "syn.wrong", "judged untrue or mistaken"},
    {"erroneous", "~wrong", "syn.wrong", "judged untrue or mistaken"},
    // normality
    {"usual", "~usual", "syn.usual", "ordinary state"}, {"normal", "~usual", "syn.usual", "ordinary state"},
    {"regular", "~usual", "syn.usual", "ordinary state"}, {"ordinary", "~usual", "syn.usual", "ordinary state"},
    // negotiation
    {"negotiate", "~negotiate", "syn.negotiate", "talks between parties"},
    {"negotiating", "~negotiate", "syn.negotiate", "talks between parties"},
    {"negotiations", "~negotiate", "syn.negotiate", "talks between parties"},
    {"negotiation", "~negotiate", "syn.negotiate", "talks between parties"},
    {"talks", "~negotiate", "syn.negotiate", "talks between parties"},
    // attack
    {"attack", "~attack", "syn.attack", "armed aggression"}, {"attacks", "~attack", "syn.attack", "armed aggression"},
    {"invade", "~attack", "syn.attack", "armed aggression"}, {"invasion", "~attack", "syn.attack", "armed aggression"},
    {"aggression", "~attack", "syn.attack", "armed aggression"}, {"assault", "~attack", "syn.attack", "armed aggression"},
    {"offensive", "~attack", "syn.attack", "armed aggression"},
    // leaving and returning
    {"leave", "~leave", "syn.leave", "departing"}, {"leaving", "~leave", "syn.leave", "departing"},
    {"left", "~leave", "syn.leave", "departing (also a direction; rare in claims)"},
    {"depart", "~leave", "syn.leave", "departing"}, {"departing", "~leave", "syn.leave", "departing"},
    {"departure", "~leave", "syn.leave", "departing"}, {"departures", "~leave", "syn.leave", "departing"},
    {"return", "~return", "syn.return", "coming back"}, {"returning", "~return", "syn.return", "coming back"},
    {"returned", "~return", "syn.return", "coming back"},
    // quantity
    {"number", "~number", "syn.number", "how many"}, {"numbers", "~number", "syn.number", "how many"},
    {"count", "~number", "syn.number", "how many"}, {"tally", "~number", "syn.number", "how many"},
    // threat
    {"threat", "~threat", "syn.threat", "danger"}, {"danger", "~threat", "syn.threat", "danger"},
    {"menace", "~threat", "syn.threat", "danger"},
    // warning
    {"warning", "~warning", "syn.warning", "advance notice"}, {"notice", "~warning", "syn.warning", "advance notice"},
    // smallness / largeness
    {"huge", "~large", "syn.large", "size"}, {"large", "~large", "syn.large", "size"}, {"massive", "~large", "syn.large", "size"},
    {"big", "~large", "syn.large", "size"}, {"major", "~large", "syn.large", "size"},
    // approval
    {"approve", "~approve", "syn.approve", "agreeing to"}, {"approved", "~approve", "syn.approve", "agreeing to"},
    {"endorse", "~approve", "syn.approve", "agreeing to"}, {"endorsed", "~approve", "syn.approve", "agreeing to"},
    // refusal
    {"deny", "~deny", "syn.deny", "rejecting a claim"}, {"denied", "~deny", "syn.deny", "rejecting a claim"},
    {"denies", "~deny", "syn.deny", "rejecting a claim"}, {"reject", "~deny", "syn.deny", "rejecting a claim"},
    {"rejected", "~deny", "syn.deny", "rejecting a claim"}, {"dismissed", "~deny", "syn.deny", "rejecting a claim"},
    // killing
    {"killed", "~kill", "syn.kill", "deaths"}, {"dead", "~kill", "syn.kill", "deaths"}, {"died", "~kill", "syn.kill", "deaths"},
    {"deaths", "~kill", "syn.kill", "deaths"}, {"fatalities", "~kill", "syn.kill", "deaths"},
    // negation
    {"not", "~not", "syn.not", "negation"}, {"no", "~not", "syn.not", "negation"}, {"never", "~not", "syn.not", "negation"},
    {"didn't", "~not", "syn.not", "negation"}, {"didn\xE2\x80\x99t", "~not", "syn.not", "negation"},
    {"haven't", "~not", "syn.not", "negation"}, {"haven\xE2\x80\x99t", "~not", "syn.not", "negation"},
    {"don't", "~not", "syn.not", "negation"}, {"don\xE2\x80\x99t", "~not", "syn.not", "negation"},
    {"doesn't", "~not", "syn.not", "negation"}, {"doesn\xE2\x80\x99t", "~not", "syn.not", "negation"},
    {"isn't", "~not", "syn.not", "negation"}, {"isn\xE2\x80\x99t", "~not", "syn.not", "negation"},
    {"won't", "~not", "syn.not", "negation"}, {"won\xE2\x80\x99t", "~not", "syn.not", "negation"},
    {"without", "~not", "syn.not", "negation"},
};

}  // namespace claimscope::rules
