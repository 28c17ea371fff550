// The CAMEO event codes that exist, for dictionary readers that check the codes they
// are given. The list is the first column of data/ontology/cameo.tsv, compiled into the
// library (the same table the coder's ontology uses), so checking needs no data files.
#pragma once

#include <string_view>

namespace dyad::dict {

// True when `code` ("042", "0256", "19") is a line of the CAMEO table. No fallback to a
// parent code: "0429" is not a code even though "042" is.
bool IsCameoEventCode(std::string_view code);

}  // namespace dyad::dict
