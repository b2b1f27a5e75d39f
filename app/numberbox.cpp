#include "numberbox.h"

#include <QLocale>
#include <cmath>

namespace tthc {

NumberBox::NumberBox(QWidget *parent) : QDoubleSpinBox(parent) {}

namespace {
bool isSpace(QChar c) { return c.isSpace() || c == QChar(0x00A0) || c == QChar(0x202F) || c == QChar(0x2009); }
} // namespace

std::optional<double> NumberBox::parse(const QString &text)
{
    QString digits;
    digits.reserve(text.size());
    int marks = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (isSpace(c))
            continue;
        if (c == u'.' || c == u',') {
            if (++marks > 1)
                return std::nullopt; // "1.000.000", "1,5.2": not a number in this field
            digits += u'.';
        } else if (c == u'-' && digits.isEmpty()) {
            digits += c;
        } else if (c >= u'0' && c <= u'9') {
            digits += c;
        } else {
            return std::nullopt;
        }
    }
    if (digits.isEmpty() || digits == QLatin1String("-") || digits == QLatin1String(".") || digits == QLatin1String("-."))
        return std::nullopt;
    bool ok = false;
    const double v = QLocale::c().toDouble(digits, &ok);
    if (!ok || !std::isfinite(v))
        return std::nullopt;
    return v;
}

QString NumberBox::format(double value, int decimals, bool grouping)
{
    QLocale c = QLocale::c(); // which omits grouping unless told
    c.setNumberOptions(grouping ? QLocale::DefaultNumberOptions : QLocale::OmitGroupSeparator);
    QString s = c.toString(value, 'f', decimals); // "1,250,000.5"
    s.replace(u',', QChar(0x00A0));
    s.replace(u'.', u',');
    return s; // "1 250 000,5"
}

QString NumberBox::textFromValue(double value) const { return format(value, decimals(), isGroupSeparatorShown()); }

QString NumberBox::number(const QString &text) const
{
    QString s = text;
    if (!prefix().isEmpty() && s.startsWith(prefix()))
        s.remove(0, prefix().size());
    if (!suffix().isEmpty() && s.endsWith(suffix()))
        s.chop(suffix().size());
    return s.trimmed();
}

double NumberBox::valueFromText(const QString &text) const
{
    if (!specialValueText().isEmpty() && text == specialValueText())
        return minimum();
    const auto v = parse(number(text));
    return v ? std::clamp(*v, minimum(), maximum()) : value();
}

QValidator::State NumberBox::validate(QString &input, int &pos) const
{
    Q_UNUSED(pos);
    if (!specialValueText().isEmpty() && input == specialValueText())
        return QValidator::Acceptable;
    const QString s = number(input);
    if (s.isEmpty() || s == QLatin1String("-"))
        return QValidator::Intermediate;
    const auto v = parse(s);
    if (!v) // a lone mark is the start of ",25"; a letter or a second mark is not a number
        return s == QLatin1String(".") || s == QLatin1String(",") || s == QLatin1String("-.") || s == QLatin1String("-,")
                   ? QValidator::Intermediate
                   : QValidator::Invalid;
    if (s.endsWith(u'.') || s.endsWith(u','))
        return QValidator::Intermediate;
    if (*v < minimum() || *v > maximum())
        return QValidator::Intermediate;
    // More decimals than the field keeps: accepted, rounded when it is read.
    return QValidator::Acceptable;
}

void NumberBox::fixup(QString &input) const
{
    const auto v = parse(number(input));
    if (v)
        input = prefix() + textFromValue(std::clamp(*v, minimum(), maximum())) + suffix();
}

} // namespace tthc
