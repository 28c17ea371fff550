// Dates as pages, feeds and URLs write them.
#include "extract/date_text.h"

#include <gtest/gtest.h>

namespace dyad::extract {
namespace {

TEST(ParseLooseDateTest, Forms) {
  struct Case {
    std::string_view text, want;  // want "" = no date
  };
  const Case cases[] = {
      {"2019-11-18T09:30:00Z", "2019-11-18"},
      {"2019/11/18", "2019-11-18"},
      {"20191118", "2019-11-18"},
      {"Mon, 18 Nov 2019 09:30:00 GMT", "2019-11-18"},
      {"November 18, 2019 at 5:00 PM", "2019-11-18"},
      {"Published Sept. 3, 2018", "2018-09-03"},
      {"3 March 2020", "2020-03-03"},
      {"2023-02-29", ""},
      {"market 18, 2019", ""},
      {"no date here", ""},
      {"", ""},
  };
  for (const Case& c : cases) {
    std::optional<Date> d = ParseLooseDate(c.text);
    EXPECT_EQ(d ? d->ToString() : "", c.want) << c.text;
  }
}

TEST(DateFromUrlTest, Patterns) {
  struct Case {
    std::string_view url, want;
  };
  const Case cases[] = {
      {"https://www.cnn.com/2019/11/18/investing/asian-market/index.html", "2019-11-18"},
      {"https://www.latimes.com/business/story/2019-11-19/gannett-merger", "2019-11-19"},
      {"https://example.com/news/20230727-shoigu-visit.html", "2023-07-27"},
      {"https://example.com/2019/11/", ""},
      {"https://example.com/item/12345678901", ""},
      {"https://example.com/1234/56/78/", ""},
      {"not a url", ""},
  };
  for (const Case& c : cases) {
    std::optional<Date> d = DateFromUrl(c.url);
    EXPECT_EQ(d ? d->ToString() : "", c.want) << c.url;
  }
}

}  // namespace
}  // namespace dyad::extract
