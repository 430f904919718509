#include "i18n.hpp"

namespace bailiff::web {
namespace {

Language g_language = Language::kRu;

}  // namespace

void set_language(Language l) { g_language = l; }
Language language() { return g_language; }

}  // namespace bailiff::web
