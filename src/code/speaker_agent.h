// SpeakerAgent: the agent named anywhere in a speaker's noun phrase when no actor covers
// it. A mention's agent must be its phrase's head ("a military parade" names no actor),
// but PETRARCH reads the agents of a noun phrase wherever they stand, and a speaker's
// phrase is where that matters: "..., the primary official news agency WFNA said" ->
// ---GOV says. The parse often takes a name after its noun for the subject of a relative
// clause ("agency [WFNA said]"); the noun's phrase is then the speaker's. A speech verb
// closing the sentence after a comma ("..., a senior official said on Saturday.") is the
// attribution of what comes before it, wherever the parse hung it.
#pragma once

#include <cstdint>
#include <optional>

#include "code/dependency_tree.h"
#include "dict/dictionary.h"
#include "dyad/document.h"
#include "dyad/event.h"

namespace dyad::code {

// The noun heading the phrase that names who speaks through `verb`, whose subject is
// `subject`: the subject itself, or, when `verb` is a relative clause on the noun just
// before a proper-noun subject ("the agency WFNA said", no relative word), that noun.
// -1 when `subject` is -1.
int32_t SpeakerHead(const DependencyTree& tree, uint32_t verb, int32_t subject);

// The agent-only actor of the noun phrase headed at `head` (its determiners, modifiers,
// compounds and names, not its clauses or prepositional phrases): the codes of the
// dictionary's agents there composed in text order ("official" -> GOV), spanning the
// phrase. Nothing when the phrase holds an actor phrase of the dictionary or no agent.
std::optional<EventActor> PhraseAgent(const Document& doc, const DependencyTree& tree, const dict::Dictionary& dict,
                                      uint32_t head);

// When `verb`'s subject comes before it and the span from the subject's phrase to the
// sentence's end is all `verb`'s (punctuation aside), after a comma ("..., a senior
// official said on Saturday."): the first token of that span, before which lies what the
// verb attributes. -1 otherwise.
int32_t TrailingAttributionStart(const DependencyTree& tree, uint32_t verb);

}  // namespace dyad::code
