#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace alertdeck::i18n {
namespace {

// Every context of alertdeck_de.ts, generated at configure time.
const char *const kContexts[] = {
#include "TranslationContexts.inc"
};

// Code outside QObject classes translates with the context "AlertDeck" (file-local tr() helpers),
// while lupdate files those strings under the class whose member calls them. A lookup in
// "AlertDeck" that fails is therefore tried in the other contexts too.
class AlertDeckTranslator : public QTranslator
{
public:
    using QTranslator::QTranslator;

    QString translate(const char *context, const char *sourceText, const char *disambiguation, int n) const override
    {
        QString text = QTranslator::translate(context, sourceText, disambiguation, n);
        if (!text.isNull() || qstrcmp(context, "AlertDeck") != 0)
            return text;
        for (const char *other : kContexts) {
            text = QTranslator::translate(other, sourceText, disambiguation, n);
            if (!text.isNull())
                break;
        }
        return text;
    }
};

} // namespace

bool installTranslators(QCoreApplication &app, const QLocale &locale)
{
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;

    auto *own = new AlertDeckTranslator(&app);
    const bool found = own->load(locale, QStringLiteral("alertdeck"), QStringLiteral("_"), QStringLiteral(":/i18n"));
    if (found || own->load(QStringLiteral("alertdeck_en"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
    else
        delete own;
    return found;
}

} // namespace alertdeck::i18n
