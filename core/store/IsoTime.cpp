#include "IsoTime.h"

namespace alertdeck::store {
namespace {

// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil).
qint64 daysFromCivil(qint64 year, unsigned month, unsigned day)
{
    year -= month <= 2;
    const qint64 era = (year >= 0 ? year : year - 399) / 400;
    const auto yearOfEra = unsigned(year - era * 400);
    const unsigned dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const unsigned dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146097 + qint64(dayOfEra) - 719468;
}

class Reader
{
public:
    explicit Reader(const QString &text) : m_text(text) {}

    bool digits(int count, int *value)
    {
        int result = 0;
        for (int i = 0; i < count; ++i) {
            const int digit = digitAt(m_pos);
            if (digit < 0)
                return false;
            result = result * 10 + digit;
            ++m_pos;
        }
        *value = result;
        return true;
    }
    bool accept(QChar c)
    {
        if (m_pos < m_text.size() && m_text.at(m_pos) == c) {
            ++m_pos;
            return true;
        }
        return false;
    }
    // Fraction of a second in milliseconds; digits beyond the third are read and dropped.
    int fractionMs()
    {
        int ms = 0;
        int scale = 100;
        for (int digit = digitAt(m_pos); digit >= 0; digit = digitAt(++m_pos)) {
            ms += digit * scale;
            scale /= 10;
        }
        return ms;
    }
    bool atEnd() const { return m_pos == m_text.size(); }

private:
    // ISO 8601 digits are ASCII; QChar::isDigit/digitValue consult the Unicode tables, which made
    // them a third of the store thread's own time per alert.
    int digitAt(qsizetype pos) const
    {
        if (pos >= m_text.size())
            return -1;
        const char16_t c = m_text.at(pos).unicode();
        return c >= u'0' && c <= u'9' ? int(c - u'0') : -1;
    }

    const QString &m_text;
    qsizetype m_pos = 0;
};

} // namespace

std::optional<qint64> parseIsoTimeMs(const QString &text)
{
    Reader in(text);
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    if (!in.digits(4, &year) || !in.accept(u'-') || !in.digits(2, &month) || !in.accept(u'-')
        || !in.digits(2, &day) || !(in.accept(u'T') || in.accept(u' ')) || !in.digits(2, &hour)
        || !in.accept(u':') || !in.digits(2, &minute) || !in.accept(u':') || !in.digits(2, &second)) {
        return std::nullopt;
    }
    if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60)
        return std::nullopt;
    const int ms = (in.accept(u'.') || in.accept(u',')) ? in.fractionMs() : 0;
    int offsetMinutes = 0;
    if (!in.accept(u'Z') && !in.atEnd()) {
        const int sign = in.accept(u'+') ? 1 : (in.accept(u'-') ? -1 : 0);
        int offsetHours = 0, offsetMins = 0;
        if (sign == 0 || !in.digits(2, &offsetHours))
            return std::nullopt;
        in.accept(u':');
        if (!in.atEnd() && !in.digits(2, &offsetMins))
            return std::nullopt;
        offsetMinutes = sign * (offsetHours * 60 + offsetMins);
    }
    if (!in.atEnd())
        return std::nullopt;
    const qint64 seconds = daysFromCivil(year, unsigned(month), unsigned(day)) * 86400 + hour * 3600
        + minute * 60 + second - offsetMinutes * 60;
    return seconds * 1000 + ms;
}

} // namespace alertdeck::store
