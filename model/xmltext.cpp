#include "xmltext.h"

namespace tthc::XmlText {

namespace {
bool forbidden(char16_t u)
{
    return (u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r') || u == 0xFFFE || u == 0xFFFF;
}
} // namespace

QString safe(const QString &s)
{
    if (isSafe(s))
        return s;
    QString out;
    out.reserve(s.size());
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (c.isHighSurrogate() && i + 1 < s.size() && s.at(i + 1).isLowSurrogate()) {
            out += c;
            out += s.at(++i);
            continue;
        }
        if (c.isSurrogate() || forbidden(c.unicode()))
            continue;
        out += c;
    }
    return out;
}

bool isSafe(const QString &s)
{
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (c.isHighSurrogate() && i + 1 < s.size() && s.at(i + 1).isLowSurrogate()) {
            ++i;
            continue;
        }
        if (c.isSurrogate() || forbidden(c.unicode()))
            return false;
    }
    return true;
}

QString escaped(const QString &text) { return safe(text).toHtmlEscaped(); }

QByteArray cleanDocument(const QByteArray &utf8)
{
    const QString text = QString::fromUtf8(utf8);
    return isSafe(text) ? utf8 : safe(text).toUtf8();
}

} // namespace tthc::XmlText
