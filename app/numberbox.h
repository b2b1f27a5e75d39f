#pragma once
// The number field of every form (hours, days, volumes, money). Users type the decimal mark
// the way they are used to: "0,25" (Vietnamese) and "0.25" (what a keyboard's keypad and most
// software write) both mean a quarter; a '.' or ',' is never read as a thousands separator,
// because "0.5" read as 5 went into a dossier. Thousands are shown with a no-break space
// ("1 250 000"), which no one types as a decimal mark, and spaces are ignored when reading.
//
// The rule (NumberBox::parse): spaces are dropped; the text may then hold at most one '.' or
// ',' (the decimal mark) and digits, with an optional leading minus; anything else is not a
// number. So "1.000" is one, not a thousand: a thousand is typed "1000" or "1 000".
#include <QDoubleSpinBox>
#include <optional>

namespace tthc {

class NumberBox : public QDoubleSpinBox {
    Q_OBJECT
public:
    explicit NumberBox(QWidget *parent = nullptr);

    static std::optional<double> parse(const QString &text);
    // The digits as shown: decimal comma, no-break-space thousands (when grouping is on).
    static QString format(double value, int decimals, bool grouping);

    QString textFromValue(double value) const override;
    double valueFromText(const QString &text) const override;
    QValidator::State validate(QString &input, int &pos) const override;
    void fixup(QString &input) const override;

private:
    QString number(const QString &text) const; // without prefix, suffix and spaces around
};

} // namespace tthc
