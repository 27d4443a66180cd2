#include "VoEventXmlReader.h"

#include <QCoreApplication>
#include <QStringList>
#include <QXmlStreamReader>

namespace alertdeck::decode {
namespace {

std::optional<double> toNumber(const QString &text)
{
    bool ok = false;
    const double value = text.trimmed().toDouble(&ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}

class Walker
{
public:
    explicit Walker(const QByteArray &xml) : m_reader(xml) {}

    VoEventFields run()
    {
        while (!m_reader.atEnd()) {
            switch (m_reader.readNext()) {
            case QXmlStreamReader::StartElement:
                start();
                break;
            case QXmlStreamReader::EndElement:
                end();
                break;
            default:
                break;
            }
        }
        if (m_reader.hasError()) {
            m_fields.readError = QCoreApplication::translate("AlertDeck", "invalid VOEvent XML at line %1: %2")
                                     .arg(m_reader.lineNumber())
                                     .arg(m_reader.errorString());
        } else if (!m_sawVoEvent) {
            m_fields.readError = QCoreApplication::translate("AlertDeck", "XML document is not a VOEvent");
        }
        return m_fields;
    }

private:
    bool inside(QLatin1String name) const { return m_path.contains(name); }
    QStringView parent() const { return m_path.size() > 1 ? QStringView(m_path.at(m_path.size() - 2)) : QStringView(); }
    QString attribute(QLatin1String name) const { return m_reader.attributes().value(name).toString(); }

    void start()
    {
        const QString name = m_reader.name().toString();
        m_path.append(name);
        if (name == QLatin1String("VOEvent")) {
            m_sawVoEvent = true;
            m_fields.ivorn = attribute(QLatin1String("ivorn"));
            m_fields.role = attribute(QLatin1String("role"));
        } else if (name == QLatin1String("Param")) {
            m_fields.addParam(attribute(QLatin1String("name")),
                              {attribute(QLatin1String("value")), attribute(QLatin1String("unit")),
                               attribute(QLatin1String("ucd"))});
        } else if (inObservation()) {
            observationElement(name);
        } else {
            descriptiveElement(name);
        }
    }

    void end()
    {
        if (!m_path.isEmpty()) {
            if (m_path.last() == QLatin1String("ObservationLocation") && inside(QLatin1String("WhereWhen")))
                m_observationDone = true;
            m_path.removeLast();
        }
    }

    bool inObservation() const { return !m_observationDone && inside(QLatin1String("ObservationLocation")); }

    void observationElement(const QString &name)
    {
        if (name == QLatin1String("Position2D")) {
            m_fields.positionUnit = attribute(QLatin1String("unit"));
        } else if (name == QLatin1String("ISOTime")) {
            m_fields.isoTime = m_reader.readElementText().trimmed();
            end();
        } else if ((name == QLatin1String("C1") || name == QLatin1String("C2")) && parent() == QLatin1String("Value2")) {
            (name == QLatin1String("C1") ? m_fields.c1 : m_fields.c2) = toNumber(m_reader.readElementText());
            end();
        } else if (name == QLatin1String("Error2Radius")) {
            m_fields.errorRadius = toNumber(m_reader.readElementText());
            end();
        }
    }

    void descriptiveElement(const QString &name)
    {
        if (name == QLatin1String("shortName") && inside(QLatin1String("Who")) && m_fields.authorShortName.isEmpty()) {
            m_fields.authorShortName = m_reader.readElementText().trimmed();
            end();
        } else if (name == QLatin1String("Name") && parent() == QLatin1String("Inference")
                   && m_fields.inferenceName.isEmpty()) {
            m_fields.inferenceName = m_reader.readElementText().trimmed();
            end();
        } else if (name == QLatin1String("Description") && parent() == QLatin1String("What")
                   && m_fields.whatDescription.isEmpty()) {
            m_fields.whatDescription = m_reader.readElementText().trimmed();
            end();
        }
    }

    QXmlStreamReader m_reader;
    QStringList m_path;
    VoEventFields m_fields;
    bool m_sawVoEvent = false;
    bool m_observationDone = false;
};

} // namespace

VoEventFields VoEventXmlReader::read(const QByteArray &xml)
{
    return Walker(xml).run();
}

} // namespace alertdeck::decode
