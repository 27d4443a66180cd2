#pragma once

#include <QLocale>

class QCoreApplication;

namespace alertdeck::i18n {

// Installs AlertDeck's translation for `locale` (the system's by default) and Qt's own (standard
// dialogs, the command-line parser) into the application. Where AlertDeck has no translation for
// the locale, English is loaded, which gives the plural forms of "%n alert(s)". Returns whether a
// translation for the locale's language itself was found.
bool installTranslators(QCoreApplication &app, const QLocale &locale = QLocale());

} // namespace alertdeck::i18n
