// A coded article into the store: its sentences, events and mentions as the store's rows,
// and its knowledge rows when it has them. `dyad code --db` and `dyad worker` both write
// through here, so a store holds the same rows whichever of them coded the article.
#pragma once

#include "dyad/status.h"
#include "pipeline/coder.h"
#include "store/store.h"

namespace dyad::pipeline {

// Store::Add of the article's rows (a mention's codes joined with ','), then its knowledge
// (store::AddKnowledge) when `coded.knowledge` is set. Errors are Store::Add's (input
// errors are InvalidArgument and leave the batch usable) and AddKnowledge's.
Result<store::AddOutcome> StoreArticle(store::Store& db, const CodedArticle& coded);

}  // namespace dyad::pipeline
