// Who presents an agenda item or owns an action: a participant named by full name, by a first
// name or a role that only one participant has (also "Rådmannen", "the treasurer's"), or by an
// organisation only one participant belongs to.
#include <algorithm>

#include "import/recognise.hpp"

namespace minutes::import_detail {
namespace {

struct Candidate {
  std::string key;  // lower case
  std::string name;
  std::string how;
};

std::vector<Candidate> candidates(const std::vector<Participant>& participants) {
  std::vector<const Person*> persons;
  for (const Participant& participant : participants) {
    if (const auto* person = std::get_if<Person>(&participant)) persons.push_back(person);
  }
  const auto unique = [&](auto field, const std::string& value) {
    return std::count_if(persons.begin(), persons.end(), [&](const Person* other) {
             return lower(field(*other)) == value;
           }) == 1;
  };
  std::vector<Candidate> out;
  for (const Person* person : persons) {
    out.push_back({lower(person->name), person->name, "name"});
    const std::string first = lower(person->name.substr(0, person->name.find(' ')));
    const auto first_name = [](const Person& other) {
      return other.name.substr(0, other.name.find(' '));
    };
    if (first.size() >= 2 && first.size() < person->name.size() && unique(first_name, first)) {
      out.push_back({first, person->name, "first name"});
    }
    const std::string role = lower(person->role);
    if (!role.empty() && unique([](const Person& other) { return other.role; }, role)) {
      const std::string how = "role \"" + person->role + "\"";
      for (const std::string& form : {role, role + "en", role + "n", role + "a", role + "et",
                                      role + "'s", role + "’s", role + "s"}) {
        out.push_back({form, person->name, how});
        out.push_back({"the " + form, person->name, how});
      }
    }
    const std::string organization = lower(person->organization);
    if (!organization.empty() &&
        unique([](const Person& other) { return other.organization; }, organization)) {
      out.push_back({organization, person->name, "organisation \"" + person->organization + "\""});
    }
  }
  return out;
}

// Names must be written with a capital ("Per", not the word "per"); roles need not.
std::optional<PersonRef> candidate_at(std::string_view text, std::string_view lowered,
                                      std::size_t at, const std::vector<Candidate>& all) {
  const Candidate* best = nullptr;
  for (const Candidate& candidate : all) {
    if ((candidate.how == "name" || candidate.how == "first name") &&
        !starts_upper(text.substr(std::min(at, text.size())))) {
      continue;
    }
    if ((!best || candidate.key.size() > best->key.size()) && word_at(lowered, at, candidate.key)) {
      best = &candidate;
    }
  }
  if (!best) return std::nullopt;
  return PersonRef{best->name, best->how, at, at + best->key.size()};
}

// "(Tom Hadley)" or " – Tom Hadley" at the end: the span to remove and the words inside.
std::optional<std::pair<Span, std::string_view>> trailing_name(std::string_view text) {
  const std::string_view trimmed = trim_chars(text, ".");
  if (trimmed.ends_with(')')) {
    const std::size_t open = trimmed.rfind('(');
    if (open != std::string_view::npos && open > 0) {
      return std::pair{Span{open, trimmed.size()},
                       trim(trimmed.substr(open + 1, trimmed.size() - open - 2))};
    }
  }
  for (std::string_view dash : {" – ", " - ", " — ", " v/ ", " v/"}) {
    const std::size_t at = trimmed.rfind(dash);
    if (at != std::string_view::npos && at > 0) {
      return std::pair{Span{at, trimmed.size()}, trim(trimmed.substr(at + dash.size()))};
    }
  }
  return std::nullopt;
}

}  // namespace

std::optional<PersonRef> find_presenter(std::string_view text,
                                        const std::vector<Participant>& participants) {
  const auto all = candidates(participants);
  if (all.empty()) return std::nullopt;
  const std::string lowered = lower(text);
  if (auto found = candidate_at(text, lowered, 0, all)) return found;
  if (auto trailing = trailing_name(text)) {
    const std::string inside = lower(trailing->second);
    if (auto found = candidate_at(trailing->second, inside, 0, all); found && found->end == inside.size()) {
      return PersonRef{found->name, found->how + ", in brackets or after a dash",
                       trailing->first.begin, trailing->first.end, true};
    }
  }
  std::optional<PersonRef> earliest_found;
  for (std::string_view trigger : {"presented by", "introduced by", "led by", "innledning ved",
                                   "presentert av", "ved", "v/", "by", "fra", "frå", "from"}) {
    for (std::size_t at = find_word(lowered, trigger); at != std::string::npos;
         at = find_word(lowered, trigger, at + 1)) {
      std::size_t after = at + trigger.size();
      while (after < lowered.size() && lowered[after] == ' ') ++after;
      if (auto found = candidate_at(text, lowered, after, all)) {
        if (!earliest_found || found->begin < earliest_found->begin) earliest_found = found;
        break;
      }
    }
  }
  return earliest_found;
}

std::optional<PersonRef> find_owner(std::string_view text,
                                    const std::vector<Participant>& participants) {
  const auto all = candidates(participants);
  const std::string lowered = lower(text);
  if (auto found = candidate_at(text, lowered, 0, all)) return found;
  // "Dev Collins to get three quotes": a name before "to" at the start.
  if (const std::size_t to = find_word(lowered, "to"); to != std::string::npos && to > 0) {
    const std::string_view who = trim(text.substr(0, to));
    if (looks_like_name(who)) {
      return PersonRef{std::string(who), "a name before \"to\"", 0, to};
    }
  }
  if (auto trailing = trailing_name(text)) {
    const std::string inside = lower(trailing->second);
    if (auto found = candidate_at(trailing->second, inside, 0, all); found && found->end == inside.size()) {
      return PersonRef{found->name, found->how + ", in brackets or after a dash",
                       trailing->first.begin, trailing->first.end, true};
    }
    if (looks_like_name(trailing->second)) {
      return PersonRef{std::string(trailing->second), "a name in brackets or after a dash",
                       trailing->first.begin, trailing->first.end, true};
    }
  }
  return std::nullopt;
}

}  // namespace minutes::import_detail
