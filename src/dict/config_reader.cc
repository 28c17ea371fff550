// The files that tie dictionaries together: TABARI .project and .options, PETRARCH's
// config .ini. They name files and set options; the options are kept in the model for
// the coder, the file names go back to dict::Load.
#include <cctype>

#include "dict/reader_common.h"
#include "dict/readers.h"

namespace dyad::dict {

void ReadTabariOptions(std::string_view bytes, std::string_view path, Model* model) {
  const uint32_t file = model->AddFile(std::string(path));
  const std::string text = ToUtf8(bytes, file, model);
  Lines lines(text);
  std::string_view raw;
  while (lines.Next(&raw)) {
    const SourceRef where{file, lines.number()};
    std::string_view t = Trim(raw);
    if (t.empty() || StartsWith(t, "//") || t[0] == '#') continue;
    if (EqualsNoCase(t, "FINISH")) break;
    size_t colon = t.find(':');
    if (colon == std::string_view::npos) {
      model->Warn(where, "option line without 'COMMAND:'");
      continue;
    }
    std::string command;
    for (char c : Trim(t.substr(0, colon))) command.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
    std::string_view rest = Trim(t.substr(colon + 1));
    static constexpr std::string_view kKnown[] = {"COMPLEX", "SET", "LABEL", "OUTPUT", "FORWARD", "DEFAULT"};
    bool known = false;
    for (std::string_view k : kKnown) known |= command == k;
    if (!known) {
      model->Warn(where, "unknown option command " + command);
      continue;
    }
    if (command == "LABEL") {
      size_t eq = rest.find('=');
      if (eq == std::string_view::npos) {
        model->Warn(where, "LABEL: without code=text");
        continue;
      }
      model->labels[std::string(Trim(rest.substr(0, eq)))] = std::string(Trim(rest.substr(eq + 1)));
    } else if (command == "SET") {
      size_t eq = rest.find('=');
      std::string key = "SET " + std::string(Trim(rest.substr(0, eq)));
      model->options[key] = eq == std::string_view::npos ? "TRUE" : std::string(Trim(rest.substr(eq + 1)));
    } else {
      std::string& v = model->options[command];
      if (!v.empty()) v += ' ';
      v += rest;
    }
  }
}

TabariProject ReadTabariProject(std::string_view bytes, std::string_view path, Model* model) {
  const uint32_t file = model->AddFile(std::string(path));
  const std::string text = ToUtf8(bytes, file, model);
  TabariProject p;
  Lines lines(text);
  std::string_view raw;
  while (lines.Next(&raw)) {
    std::string_view t = Trim(raw);
    if (t.empty() || t[0] != '<') continue;
    size_t close = t.find('>');
    if (close == std::string_view::npos) continue;
    std::string_view tag = t.substr(1, close - 1);
    std::string value(Trim(t.substr(close + 1)));
    if (tag == "actorsfile") p.actors = value;
    else if (tag == "verbsfile") p.verbs = value;
    else if (tag == "agentsfile") p.agents = value;
    else if (tag == "optionsfile") p.options = value;
    else if (tag == "textfile") p.text = value;
  }
  if (p.actors.empty() && p.verbs.empty()) model->Warn({file, 0}, "project names no <actorsfile> or <verbsfile>");
  return p;
}

PetrarchConfig ReadPetrarchConfig(std::string_view bytes, std::string_view path, Model* model) {
  const uint32_t file = model->AddFile(std::string(path));
  const std::string text = ToUtf8(bytes, file, model);
  PetrarchConfig c;
  Lines lines(text);
  std::string_view raw;
  std::string section;
  while (lines.Next(&raw)) {
    std::string_view t = Trim(raw);
    if (t.empty() || t[0] == '#' || t[0] == ';') continue;
    if (t[0] == '[') {
      section = std::string(Trim(t.substr(1, t.find(']') == std::string_view::npos ? std::string_view::npos : t.find(']') - 1)));
      continue;
    }
    size_t eq = t.find('=');
    if (eq == std::string_view::npos) continue;
    std::string key(Trim(t.substr(0, eq)));
    std::string value(Trim(t.substr(eq + 1)));
    if (section == "Dictionaries") {
      if (key == "verbfile_name") c.verbs = value;
      else if (key == "agentfile_name") c.agents = value;
      else if (key == "discardfile_name") c.discards = value;
      else if (key == "issuefile_name") c.issues = value;
      else if (key == "actorfile_list") {
        std::string_view rest = value;
        while (!rest.empty()) {
          size_t comma = rest.find(',');
          std::string_view f = Trim(rest.substr(0, comma));
          if (!f.empty()) c.actors.emplace_back(f);
          if (comma == std::string_view::npos) break;
          rest = rest.substr(comma + 1);
        }
      }
    } else if (section == "Options") {
      model->options[key] = value;
    }
  }
  if (c.verbs.empty() && c.actors.empty())
    model->Warn({file, 0}, "config names no dictionaries in [Dictionaries]");
  return c;
}

}  // namespace dyad::dict
