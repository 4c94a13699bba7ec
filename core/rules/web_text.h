// Sentence ends in web and e-mail text that carry no final punctuation:
// emoticons, addresses, letter openings and closings, e-mail time stamps.
// Keys are lower case. The policy is in docs/segmentation.md ("Web text").
#pragma once

#include "../lexicon.h"

namespace claimscope {

/// Emoticons written as a word of their own. One at the end of a sentence
/// ends it when a capitalised word follows ("Great trip :) We will be back").
CLAIMSCOPE_WORD_RULES(kEmoticons) = {
    {":)", "web.emoticon.smile", "smiley"},
    {":-)", "web.emoticon.smile_nose", "smiley with nose"},
    {":(", "web.emoticon.frown", "frowning face"},
    {":-(", "web.emoticon.frown_nose", "frowning face with nose"},
    {";)", "web.emoticon.wink", "winking face"},
    {";-)", "web.emoticon.wink_nose", "winking face with nose"},
    {":d", "web.emoticon.grin", "grin"},
    {":-d", "web.emoticon.grin_nose", "grin with nose"},
    {":p", "web.emoticon.tongue", "tongue out"},
    {":-p", "web.emoticon.tongue_nose", "tongue out with nose"},
    {":o", "web.emoticon.surprise", "surprised face"},
    {":/", "web.emoticon.unsure", "unsure face"},
    {"<3", "web.emoticon.heart", "heart"},
};

/// Web addresses start with one of these (compared lower-cased). Two
/// addresses in a row are two items; an address before a typical sentence
/// starter ends its sentence.
CLAIMSCOPE_WORD_RULES(kUrlPrefixes) = {
    {"http://", "web.url.http", "web address"},
    {"https://", "web.url.https", "secure web address"},
    {"www.", "web.url.www", "web address without scheme"},
};

/// Letter closings: at the start of a sentence and followed by a comma and a
/// capitalised name, they are a line of their own ("Best regards, Ana").
/// "Thanks" is left out: "Thanks, Ana, for the help" is one sentence.
CLAIMSCOPE_WORD_RULES(kValedictions) = {
    {"regards", "web.close.regards", "letter closing"},
    {"best regards", "web.close.best_regards", "letter closing"},
    {"kind regards", "web.close.kind_regards", "letter closing"},
    {"kindest regards", "web.close.kindest_regards", "letter closing"},
    {"warm regards", "web.close.warm_regards", "letter closing"},
    {"warmest regards", "web.close.warmest_regards", "letter closing"},
    {"best wishes", "web.close.best_wishes", "letter closing"},
    {"sincerely", "web.close.sincerely", "letter closing"},
    {"yours sincerely", "web.close.yours_sincerely", "letter closing"},
    {"sincerely yours", "web.close.sincerely_yours", "letter closing"},
    {"yours truly", "web.close.yours_truly", "letter closing"},
    {"respectfully", "web.close.respectfully", "letter closing"},
    {"cheers", "web.close.cheers", "informal letter closing"},
};

/// Letter openings: at the start of a paragraph, a greeting word plus at most
/// a few name words and a comma is a line of its own when a capitalised word
/// follows ("Dear Ana, The draft is attached.").
CLAIMSCOPE_WORD_RULES(kGreetings) = {
    {"dear", "web.greet.dear", "letter opening"},
    {"hi", "web.greet.hi", "informal letter opening"},
    {"hello", "web.greet.hello", "informal letter opening"},
    {"hey", "web.greet.hey", "informal letter opening"},
    {"greetings", "web.greet.greetings", "letter opening"},
};

/// Clock times written with an upper-case meridiem and no periods, as e-mail
/// headers print them ("03/14/2001 09:15 AM"), end the header line when a
/// capitalised word other than a time word (kTimeFollowers) follows.
CLAIMSCOPE_WORD_RULES(kMeridiems) = {
    {"am", "web.clock.am", "ante meridiem, e-mail header style"},
    {"pm", "web.clock.pm", "post meridiem, e-mail header style"},
};

}  // namespace claimscope
