// Top-level domains that are written capitalised in running text
// ("Newsfeed.Com"): a period before one is part of a name, not a missing
// space between sentences. Keys are lower case.
#pragma once

#include "../lexicon.h"

namespace claimscope {

CLAIMSCOPE_WORD_RULES(kDomainEndings) = {
    {"com", "domain.com", "commercial domain"},
    {"net", "domain.net", "network domain"},
    {"org", "domain.org", "organisation domain"},
    {"edu", "domain.edu", "education domain"},
    {"gov", "domain.gov", "government domain"},
    {"info", "domain.info", "information domain"},
    {"biz", "domain.biz", "business domain"},
    {"tv", "domain.tv", "domain often used by broadcasters"},
    {"io", "domain.io", "domain often used by tech firms"},
};

}  // namespace claimscope
