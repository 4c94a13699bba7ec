// Cue phrases for paragraph roles (core/roles.cpp).
//
// Phrases are matched against a paragraph's normalised key: lower case, words
// joined by single spaces, punctuation dropped except a colon written right
// after a word, and ’ written as ' ("Read More: x" -> "read more: x"). Every entry has a stable
// id (reported in Paragraph::reasons) and the reason it belongs here.
#pragma once

#include "../lexicon.h"
#include "../rule_reason.h"
#include "dates.h"  // kMonths

namespace claimscope::rules {

/// Lines that are boilerplate when they are the WHOLE paragraph.
CLAIMSCOPE_WORD_RULES(kBoilerplateLines) = {
    {"advertisement", "boiler.line.ad", "ad slot label"},
    {"ad", "boiler.line.ad", "ad slot label"},
    {"sponsored", "boiler.line.ad", "ad slot label"},
    {"sponsored content", "boiler.line.ad", "ad slot label"},
    {"related", "boiler.line.related", "related-links box header"},
    {"related:", "boiler.line.related", "related-links box header"},
    {"related articles", "boiler.line.related", "related-links box header"},
    {"related stories", "boiler.line.related", "related-links box header"},
    {"related news", "boiler.line.related", "related-links box header"},
    {"more stories", "boiler.line.related", "related-links box header"},
    {"more from this author", "boiler.line.related", "related-links box header"},
    {"you may also like", "boiler.line.related", "recommendation box header"},
    {"recommended", "boiler.line.related", "recommendation box header"},
    {"most read", "boiler.line.related", "recommendation box header"},
    {"trending", "boiler.line.related", "recommendation box header"},
    {"see also", "boiler.line.related", "cross-reference header"},
    {"see also:", "boiler.line.related", "cross-reference header"},
    {"also read", "boiler.line.related", "cross-reference header"},
    {"also read:", "boiler.line.related", "cross-reference header"},
    {"read more", "boiler.line.read_more", "link to another article"},
    {"read more:", "boiler.line.read_more", "link to another article"},
    {"continue reading", "boiler.line.read_more", "paywall / expand link"},
    {"show more", "boiler.line.read_more", "expand link"},
    {"leave a reply", "boiler.line.comments", "comment form header"},
    {"leave a comment", "boiler.line.comments", "comment form header"},
    {"post a comment", "boiler.line.comments", "comment form header"},
    {"comments", "boiler.line.comments", "comment section header"},
    {"add a comment", "boiler.line.comments", "comment form header"},
    {"cancel reply", "boiler.line.comments", "comment form button"},
    {"post comment", "boiler.line.comments", "comment form button"},
    {"back to top", "boiler.line.nav", "page navigation"},
    {"skip to content", "boiler.line.nav", "page navigation"},
    {"skip to main content", "boiler.line.nav", "page navigation"},
    {"next article", "boiler.line.nav", "page navigation"},
    {"previous article", "boiler.line.nav", "page navigation"},
    {"share", "boiler.line.share", "share bar"},
    {"share this", "boiler.line.share", "share bar"},
    {"share this:", "boiler.line.share", "share bar"},
    {"share this article", "boiler.line.share", "share bar"},
    {"share this story", "boiler.line.share", "share bar"},
    {"share on facebook", "boiler.line.share", "share bar"},
    {"share on twitter", "boiler.line.share", "share bar"},
    {"facebook twitter email", "boiler.line.share", "share bar"},
    {"facebook twitter whatsapp", "boiler.line.share", "share bar"},
    {"tweet", "boiler.line.share", "share bar"},
    {"email", "boiler.line.share", "share bar"},
    {"print", "boiler.line.share", "share bar"},
    {"copy link", "boiler.line.share", "share bar"},
    {"subscribe", "boiler.line.subscribe", "subscription prompt"},
    {"subscribe now", "boiler.line.subscribe", "subscription prompt"},
    {"sign up", "boiler.line.subscribe", "subscription prompt"},
    {"log in", "boiler.line.subscribe", "account prompt"},
    {"accept cookies", "boiler.line.cookies", "cookie banner"},
    {"accept all", "boiler.line.cookies", "cookie banner"},
    {"for immediate release", "boiler.line.press", "press-release header"},
    {"menu", "boiler.line.nav", "page navigation"},
    {"home", "boiler.line.nav", "page navigation"},
    {"search", "boiler.line.nav", "page navigation"},
    {"sign in", "boiler.line.nav", "account prompt"},
    {"newsletters", "boiler.line.nav", "page navigation"},
    {"full text", "boiler.line.label", "archive section label"},
    {"exclusive", "boiler.line.label", "kicker label above a headline"},
    {"breaking", "boiler.line.label", "kicker label above a headline"},
    {"breaking news", "boiler.line.label", "kicker label above a headline"},
    {"analysis", "boiler.line.label", "kicker label above a headline"},
    {"opinion", "boiler.line.label", "kicker label above a headline"},
    {"explainer", "boiler.line.label", "kicker label above a headline"},
    {"live", "boiler.line.label", "kicker label above a headline"},
    {"listen", "boiler.line.label", "audio player label"},
    {"listen to this article", "boiler.line.label", "audio player label"},
    {"gift this article", "boiler.line.share", "share bar"},
    {"save", "boiler.line.share", "share bar"},
    {"abstract", "boiler.line.label", "archive section label"},
    {"topics", "boiler.line.tags", "tag list header"},
    {"tags", "boiler.line.tags", "tag list header"},
    {"tags:", "boiler.line.tags", "tag list header"},
};

/// Phrases that make a SHORT paragraph boilerplate when it STARTS with them.
CLAIMSCOPE_WORD_RULES(kBoilerplatePrefixes) = {
    {"read more:", "boiler.prefix.read_more", "link to another article"},
    {"read also:", "boiler.prefix.read_more", "link to another article"},
    {"also read:", "boiler.prefix.read_more", "link to another article"},
    {"see also:", "boiler.prefix.read_more", "cross-reference"},
    {"related:", "boiler.prefix.read_more", "link to another article"},
    {"more:", "boiler.prefix.read_more", "link to another article"},
    {"watch:", "boiler.prefix.read_more", "link to a video"},
    {"read the rest", "boiler.prefix.read_more", "link to the rest of a story"},
    {"read the full story", "boiler.prefix.read_more", "link to the rest of a story"},
    {"read the full article", "boiler.prefix.read_more", "link to the rest of a story"},
    {"read the full report", "boiler.prefix.read_more", "link to a document"},
    {"source:", "boiler.prefix.source", "source credit line"},
    {"sources:", "boiler.prefix.source", "source credit line"},
    {"copyright", "boiler.prefix.copyright", "copyright line"},
    {"all rights reserved", "boiler.prefix.copyright", "copyright line"},
    {"sign up for", "boiler.prefix.subscribe", "newsletter prompt"},
    {"sign up to", "boiler.prefix.subscribe", "newsletter prompt"},
    {"subscribe to", "boiler.prefix.subscribe", "newsletter prompt"},
    {"subscribe for", "boiler.prefix.subscribe", "newsletter prompt"},
    {"get our", "boiler.prefix.subscribe", "newsletter prompt"},
    {"get the latest", "boiler.prefix.subscribe", "newsletter prompt"},
    {"join our", "boiler.prefix.subscribe", "newsletter prompt"},
    {"enter your email", "boiler.prefix.subscribe", "newsletter form"},
    {"follow us on", "boiler.prefix.share", "social media prompt"},
    {"like us on", "boiler.prefix.share", "social media prompt"},
    {"share this", "boiler.prefix.share", "share prompt"},
    {"click here", "boiler.prefix.share", "link prompt"},
    {"download our", "boiler.prefix.share", "app prompt"},
    {"the text continues below", "boiler.prefix.embed", "note around an embedded post"},
    {"the article continues below", "boiler.prefix.embed", "note around an embedded post"},
    {"story continues below", "boiler.prefix.embed", "note around an embedded post"},
    {"article continues below", "boiler.prefix.embed", "note around an embedded post"},
    {"this article was originally published", "boiler.prefix.republish", "republication note"},
    {"this story was originally published", "boiler.prefix.republish", "republication note"},
    {"this article first appeared", "boiler.prefix.republish", "republication note"},
    {"editor's note:", "boiler.prefix.editor_note", "editor's note"},
    {"correction:", "boiler.prefix.editor_note", "correction notice"},
    {"clarification:", "boiler.prefix.editor_note", "clarification notice"},
    {"about the author", "boiler.prefix.bio", "author bio header"},
    {"the views expressed", "boiler.prefix.disclaimer", "opinion disclaimer"},
    {"the opinions expressed", "boiler.prefix.disclaimer", "opinion disclaimer"},
    {"media contact:", "boiler.prefix.contact", "press contact line"},
    {"press contact:", "boiler.prefix.contact", "press contact line"},
    {"contact:", "boiler.prefix.contact", "press contact line"},
    {"we use cookies", "boiler.prefix.cookies", "cookie notice"},
    {"advertisement", "boiler.prefix.ad", "ad slot label"},
    {"scroll to continue", "boiler.prefix.ad", "ad slot label"},
    {"this article is more than", "boiler.prefix.age", "article age banner"},
    {"our standards:", "boiler.prefix.disclaimer", "publisher standards link"},
    {"this website uses cookies", "boiler.prefix.cookies", "cookie notice"},
    {"this site uses cookies", "boiler.prefix.cookies", "cookie notice"},
    {"by continuing to use", "boiler.prefix.cookies", "cookie notice"},
    {"your email address will not be published", "boiler.prefix.comments", "comment form"},
    {"you must be logged in", "boiler.prefix.comments", "comment form"},
    {"follow", "boiler.prefix.follow", "\"Follow X on Twitter\" prompt (needs a platform word)"},
};

/// Phrases that make a SHORT paragraph boilerplate wherever they occur in it.
CLAIMSCOPE_WORD_RULES(kBoilerplatePhrases) = {
    {"all rights reserved", "boiler.phrase.copyright", "copyright line"},
    {"will not be published", "boiler.phrase.comments", "comment form"},
    {"required fields are marked", "boiler.phrase.comments", "comment form"},
    {"our newsletter", "boiler.phrase.subscribe", "newsletter prompt"},
    {"to your inbox", "boiler.phrase.subscribe", "newsletter prompt"},
    {"in your inbox", "boiler.phrase.subscribe", "newsletter prompt"},
    {"privacy policy", "boiler.phrase.legal", "legal link"},
    {"terms of service", "boiler.phrase.legal", "legal link"},
    {"terms of use", "boiler.phrase.legal", "legal link"},
    {"uses cookies", "boiler.phrase.cookies", "cookie notice"},
    {"continues below the", "boiler.phrase.embed", "note around an embedded post"},
    {"min read", "boiler.phrase.reading_time", "reading-time label"},
    {"minute read", "boiler.phrase.reading_time", "reading-time label"},
};

/// Social platforms: "Follow X on <platform>" is a prompt, not news.
CLAIMSCOPE_WORD_RULES(kPlatforms) = {
    {"twitter", "platform.twitter", "social platform"},
    {"x", "platform.x", "social platform"},
    {"facebook", "platform.facebook", "social platform"},
    {"instagram", "platform.instagram", "social platform"},
    {"threads", "platform.threads", "social platform"},
    {"bluesky", "platform.bluesky", "social platform"},
    {"mastodon", "platform.mastodon", "social platform"},
    {"linkedin", "platform.linkedin", "social platform"},
    {"tiktok", "platform.tiktok", "social platform"},
    {"youtube", "platform.youtube", "social platform"},
    {"telegram", "platform.telegram", "social platform"},
};

/// Words that open a byline.
CLAIMSCOPE_WORD_RULES(kBylinePrefixes) = {
    {"by", "byline.by", "\"By Name\""},
    {"reporting by", "byline.reporting_by", "wire credit \"Reporting by Name\""},
    {"additional reporting by", "byline.reporting_by", "wire credit"},
    {"written by", "byline.written_by", "\"Written by Name\""},
    {"words by", "byline.written_by", "\"Words by Name\""},
    {"story by", "byline.written_by", "\"Story by Name\""},
    {"posted by", "byline.written_by", "blog byline"},
    {"author:", "byline.author", "\"Author: Name\""},
    {"editing by", "byline.reporting_by", "wire credit \"Editing by Name\""},
    {"compiled by", "byline.reporting_by", "wire credit"},
    {"interview by", "byline.written_by", "interview credit"},
};

/// Closing phrases of a contributor credit ("Ann Lee contributed reporting.").
CLAIMSCOPE_WORD_RULES(kContributorPhrases) = {
    {"contributed reporting", "byline.contributed", "contributor credit"},
    {"contributed to this report", "byline.contributed", "contributor credit"},
    {"contributed to this story", "byline.contributed", "contributor credit"},
    {"contributed to this article", "byline.contributed", "contributor credit"},
    {"contributed to this reporting", "byline.contributed", "contributor credit"},
    {"additional reporting from", "byline.contributed", "contributor credit"},
    {"additional reporting by", "byline.contributed", "contributor credit"},
};

/// Openings of a photo caption.
CLAIMSCOPE_WORD_RULES(kCaptionPrefixes) = {
    {"in this photo", "caption.prefix.photo", "wire caption opening"},
    {"in this file photo", "caption.prefix.photo", "wire caption opening"},
    {"in this image", "caption.prefix.photo", "wire caption opening"},
    {"in this handout photo", "caption.prefix.photo", "wire caption opening"},
    {"in this undated photo", "caption.prefix.photo", "wire caption opening"},
    {"this photo shows", "caption.prefix.photo", "caption opening"},
    {"file photo:", "caption.prefix.photo", "caption label"},
    {"photo:", "caption.prefix.credit", "photo credit label"},
    {"photos:", "caption.prefix.credit", "photo credit label"},
    {"photograph:", "caption.prefix.credit", "photo credit label"},
    {"image:", "caption.prefix.credit", "image credit label"},
    {"picture:", "caption.prefix.credit", "image credit label"},
    {"credit:", "caption.prefix.credit", "image credit label"},
    {"photo credit:", "caption.prefix.credit", "image credit label"},
    {"image credit:", "caption.prefix.credit", "image credit label"},
    {"pictured:", "caption.prefix.photo", "caption label"},
    {"image caption", "caption.prefix.photo", "caption label"},
    {"image source", "caption.prefix.credit", "image credit label"},
    {"photo by", "caption.prefix.credit", "photo credit \"Photo by Name\""},
    {"photograph by", "caption.prefix.credit", "photo credit"},
};

/// Words that end a photo credit line ("... via AP", "... / Reuters").
CLAIMSCOPE_WORD_RULES(kCreditWords) = {
    {"ap", "caption.credit.agency", "news agency"},
    {"ap photo", "caption.credit.agency", "news agency"},
    {"reuters", "caption.credit.agency", "news agency"},
    {"afp", "caption.credit.agency", "news agency"},
    {"getty", "caption.credit.agency", "photo agency"},
    {"getty images", "caption.credit.agency", "photo agency"},
    {"epa", "caption.credit.agency", "photo agency"},
    {"shutterstock", "caption.credit.agency", "photo agency"},
    {"alamy", "caption.credit.agency", "photo agency"},
    {"handout", "caption.credit.agency", "handout picture"},
    {"file photo", "caption.credit.agency", "archive picture"},
    {"pool", "caption.credit.agency", "pool picture"},
};

/// News agencies written in a dateline: "LONDON (Reuters) -".
CLAIMSCOPE_WORD_RULES(kWireAgencies) = {
    {"reuters", "dateline.agency", "wire agency"},
    {"ap", "dateline.agency", "wire agency"},
    {"afp", "dateline.agency", "wire agency"},
    {"upi", "dateline.agency", "wire agency"},
    {"dpa", "dateline.agency", "wire agency"},
    {"ians", "dateline.agency", "wire agency"},
    {"pti", "dateline.agency", "wire agency"},
    {"xinhua", "dateline.agency", "wire agency"},
    {"ani", "dateline.agency", "wire agency"},
    {"bernama", "dateline.agency", "wire agency"},
    {"antara", "dateline.agency", "wire agency"},
    {"efe", "dateline.agency", "wire agency"},
    {"ansa", "dateline.agency", "wire agency"},
    {"kyodo", "dateline.agency", "wire agency"},
    {"yonhap", "dateline.agency", "wire agency"},
    {"tass", "dateline.agency", "wire agency"},
    {"cnn", "dateline.agency", "broadcaster dateline"},
    {"bloomberg", "dateline.agency", "wire agency"},
};

/// Words of a date/time line ("Published 3 March 2026, 10:15 GMT").
CLAIMSCOPE_WORD_RULES(kDateWords) = {
    {"published", "date.stamp", "publication stamp"},
    {"updated", "date.stamp", "update stamp"},
    {"posted", "date.stamp", "publication stamp"},
    {"last", "date.stamp", "\"last updated\""},
    {"on", "date.word", "\"published on\""},
    {"at", "date.word", "\"at 10:15\""},
    {"gmt", "date.word", "time zone"},
    {"utc", "date.word", "time zone"},
    {"am", "date.word", "time of day"},
    {"pm", "date.word", "time of day"},
    {"et", "date.word", "time zone"},
    {"est", "date.word", "time zone"},
    {"edt", "date.word", "time zone"},
    {"pst", "date.word", "time zone"},
    {"cet", "date.word", "time zone"},
    {"bst", "date.word", "time zone"},
    {"monday", "date.word", "weekday"},
    {"tuesday", "date.word", "weekday"},
    {"wednesday", "date.word", "weekday"},
    {"thursday", "date.word", "weekday"},
    {"friday", "date.word", "weekday"},
    {"saturday", "date.word", "weekday"},
    {"sunday", "date.word", "weekday"},
    {"mon", "date.word", "weekday"},
    {"tue", "date.word", "weekday"},
    {"wed", "date.word", "weekday"},
    {"thu", "date.word", "weekday"},
    {"fri", "date.word", "weekday"},
    {"sat", "date.word", "weekday"},
    {"sun", "date.word", "weekday"},
};

/// Nouns of an author bio: "X is an award-winning author and journalist".
CLAIMSCOPE_WORD_RULES(kBioNouns) = {
    {"journalist", "bio.noun", "profession of an author"},
    {"writer", "bio.noun", "profession of an author"},
    {"author", "bio.noun", "profession of an author"},
    {"reporter", "bio.noun", "profession of an author"},
    {"editor", "bio.noun", "profession of an author"},
    {"correspondent", "bio.noun", "profession of an author"},
    {"columnist", "bio.noun", "profession of an author"},
    {"contributor", "bio.noun", "profession of an author"},
    {"blogger", "bio.noun", "profession of an author"},
    {"freelance", "bio.noun", "profession of an author"},
    {"freelancer", "bio.noun", "profession of an author"},
};

/// Words a title or heading never ends with: the line continues (hard wrap).
CLAIMSCOPE_WORD_RULES(kConnectiveEnds) = {
    {"and", "wrap.connective", "conjunction"}, {"or", "wrap.connective", "conjunction"},
    {"but", "wrap.connective", "conjunction"}, {"the", "wrap.connective", "article"},
    {"a", "wrap.connective", "article"},       {"an", "wrap.connective", "article"},
    {"of", "wrap.connective", "preposition"},  {"to", "wrap.connective", "preposition"},
    {"in", "wrap.connective", "preposition"},  {"on", "wrap.connective", "preposition"},
    {"at", "wrap.connective", "preposition"},  {"by", "wrap.connective", "preposition"},
    {"for", "wrap.connective", "preposition"}, {"with", "wrap.connective", "preposition"},
    {"from", "wrap.connective", "preposition"}, {"that", "wrap.connective", "complementiser"},
    {"which", "wrap.connective", "relative"},  {"who", "wrap.connective", "relative"},
    {"said", "wrap.connective", "speech verb before its content"},
    {"is", "wrap.connective", "copula"},       {"was", "wrap.connective", "copula"},
    {"are", "wrap.connective", "copula"},      {"were", "wrap.connective", "copula"},
    {"its", "wrap.connective", "determiner"},  {"their", "wrap.connective", "determiner"},
    {"his", "wrap.connective", "determiner"},  {"her", "wrap.connective", "determiner"},
};

/// Words a caption never starts with: a paragraph opening with a pronoun
/// continues the story ("He did not elaborate."), it does not describe a photo.
CLAIMSCOPE_WORD_RULES(kPronounStarts) = {
    {"he", "pronoun", "continues the story"},    {"she", "pronoun", "continues the story"},
    {"they", "pronoun", "continues the story"},  {"it", "pronoun", "continues the story"},
    {"we", "pronoun", "continues the story"},    {"i", "pronoun", "continues the story"},
    {"you", "pronoun", "continues the story"},   {"this", "pronoun", "continues the story"},
    {"that", "pronoun", "continues the story"},  {"these", "pronoun", "continues the story"},
    {"those", "pronoun", "continues the story"}, {"his", "pronoun", "continues the story"},
    {"her", "pronoun", "continues the story"},   {"their", "pronoun", "continues the story"},
    {"its", "pronoun", "continues the story"},   {"but", "pronoun", "continues the story"},
    {"and", "pronoun", "continues the story"},   {"so", "pronoun", "continues the story"},
};

/// Structural rules: one id per decision that is not a phrase lookup.
struct RoleRule {
  const char* id;
  float confidence;  // how sure the rule is when it alone decides
  [[no_unique_address]] RuleReason reason;
};

namespace rule {
constexpr RoleRule kTitleFirst{"title.first_line", 0.8f, "first line, short, no sentence-final period"};
constexpr RoleRule kTitleCase{"title.title_case", 0.9f, "most words capitalised"};
constexpr RoleRule kSubtitle{"subtitle.after_title", 0.65f, "between the title and the byline/lede"};
constexpr RoleRule kBylineName{"byline.name", 0.9f, "opening word followed by capitalised names"};
constexpr RoleRule kBareName{"byline.bare_name", 0.7f, "a capitalised name alone just above the date stamp"};
constexpr RoleRule kDatelineOnly{"dateline.only", 0.85f, "the paragraph is only a dateline"};
constexpr RoleRule kDateLine{"dateline.date_line", 0.75f, "a publication date/time stamp in the header"};
constexpr RoleRule kDatelinePrefix{"dateline.prefix", 0.85f, "\"PLACE (Agency) -\" before the lede"};
constexpr RoleRule kHeading{"heading.short_line", 0.7f, "short line without final punctuation inside the body"};
constexpr RoleRule kTimestamp{"heading.timestamp", 0.8f, "live-blog time stamp"};
constexpr RoleRule kCaptionCredit{"caption.credit", 0.85f, "short credit line ending with an agency"};
constexpr RoleRule kCaptionNext{"caption.next_to_credit", 0.7f, "paragraph just before a photo credit"};
constexpr RoleRule kBracketMarker{"boiler.bracket_marker", 0.95f, "a lone [marker] such as [ad_1]"};
constexpr RoleRule kAllCapsNotice{"boiler.all_caps_notice", 0.85f, "long all-capitals notice among normal text"};
constexpr RoleRule kRepeatTitle{"boiler.repeat_title", 0.9f, "repeats the title (a pasted copy is noise)"};
constexpr RoleRule kRepeatLine{"boiler.repeat_line", 0.8f, "identical to an earlier paragraph"};
constexpr RoleRule kRelatedLink{"boiler.related_link", 0.8f, "unpunctuated link title under a \"Related\" header"};
constexpr RoleRule kAuthorBio{"boiler.author_bio", 0.8f, "\"Name is a journalist...\" at the end of the page"};
constexpr RoleRule kBracketedNote{"boiler.bracketed_note", 0.85f, "a whole line in [brackets]: an editor's insert or embed"};
constexpr RoleRule kCreditOnly{"caption.credit_words", 0.8f, "a short line made only of agency/platform names"};
constexpr RoleRule kMarkupLine{"boiler.markup_line", 0.9f, "a pasted <tag ...> line: embed markup, not text"};
constexpr RoleRule kSeparator{"boiler.separator", 0.85f, "no words at all: ###, ***, a rule line"};
constexpr RoleRule kCopyrightSign{"boiler.copyright_sign", 0.9f, "starts with the copyright sign"};
constexpr RoleRule kBody{"body.default", 0.6f, "ordinary prose"};
constexpr RoleRule kBodySentence{"body.sentence", 0.8f, "long text ending like a sentence"};
}  // namespace rule

}  // namespace claimscope::rules
