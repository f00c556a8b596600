// Which language the minutes are written in, by counting short words that only one language
// uses. Bokmål and Nynorsk share most words; the ones that differ (ikke/ikkje, fra/frå, hva/kva)
// decide between them.
#include <algorithm>
#include <fmt/format.h>

#include "import/recognise.hpp"

namespace minutes::import_detail {
namespace {

const std::vector<std::string_view> k_norwegian{
    "og", "med", "til", "av", "som", "på", "å", "er", "det", "møte", "møtet", "for", "om",
    "sak", "vedtak", "kommunen", "referat", "styret", "saka", "saken", "neste", "deltakere",
    "mellom", "også", "òg", "eller", "etter", "har", "skal", "kan", "blir", "vil", "ønsket"};
const std::vector<std::string_view> k_bokmaal{
    "ikke", "jeg", "fra", "hva", "hvordan", "hvem", "ble", "være", "bare", "mye", "noen", "noe",
    "hele", "sammen", "fikk", "deltakere", "deltagere", "stede", "møtested", "en", "et", "hun",
    "kommer", "gikk", "gjøre", "flere", "ønsker", "mens", "derfor", "ennå", "gang", "uke",
    "måned", "leder", "nestleder", "styreleder", "hvor", "hvis", "blir", "mener", "dette",
    "disse", "vårt", "våre", "referat", "fra", "avsluttet", "informerte", "deltagere"};
const std::vector<std::string_view> k_nynorsk{
    "ikkje", "eg", "frå", "kva", "korleis", "kven", "vart", "dei", "vere", "berre", "mykje",
    "nokon", "noko", "heile", "saman", "fekk", "deltakarar", "stades", "møtestad", "ein",
    "eit", "ho", "kjem", "gjekk", "gjere", "fleire", "ynskjer", "ønskjer", "medan", "difor",
    "enno", "gong", "veke", "månad", "leiar", "nestleiar", "styreleiar", "kvar", "viss",
    "vert", "meiner", "desse", "vårt", "vedteke", "avslutta", "informerte", "skrivar",
    "sakliste", "avgjerd", "òg"};
const std::vector<std::string_view> k_english{
    "the", "and", "of", "to", "was", "were", "is", "are", "with", "meeting", "minutes", "that",
    "this", "will", "be", "by", "on", "from", "at", "an", "it", "present", "apologies",
    "agreed", "action", "which", "would", "should", "next", "board", "chair", "item"};
const std::vector<std::string_view> k_german{
    "der", "die", "das", "und", "ist", "nicht", "mit", "von", "zu", "sitzung", "wurde",
    "werden", "für", "auf", "eine", "einer", "dem", "des", "im", "bei", "protokoll",
    "teilnehmer", "beschluss", "tagesordnung", "nächste", "uhr"};

int count(const std::vector<std::string_view>& words, std::string_view word) {
  return std::find(words.begin(), words.end(), word) != words.end() ? 1 : 0;
}

}  // namespace

LanguageGuess guess_language(std::string_view text) {
  const std::string lowered = lower(text);
  int norwegian = 0, bokmaal = 0, nynorsk = 0, english = 0, german = 0;
  for (const Span& span : word_spans(lowered)) {
    const std::string_view word =
        trim_chars(std::string_view(lowered).substr(span.begin, span.end - span.begin),
                   ".,;:!?()[]\"'*_#|");
    norwegian += count(k_norwegian, word);
    bokmaal += count(k_bokmaal, word);
    nynorsk += count(k_nynorsk, word);
    english += count(k_english, word);
    german += count(k_german, word);
  }
  const int scandinavian = norwegian + std::max(bokmaal, nynorsk);
  LanguageGuess guess;
  if (scandinavian >= english && scandinavian >= german && scandinavian > 0) {
    guess.language = nynorsk > bokmaal ? "nn" : "nb";
    guess.reason = fmt::format("Norwegian words ({} Bokmål, {} Nynorsk markers)", bokmaal, nynorsk);
  } else if (german > english) {
    guess.language = "de";
    guess.reason = fmt::format("{} German words against {} English", german, english);
  } else {
    guess.language = "en";
    guess.reason = english > 0 ? fmt::format("{} English words", english)
                               : std::string("no words of a known language; English by default");
  }
  return guess;
}

}  // namespace minutes::import_detail
