#pragma once
// Translated display names of the domain enumerations, shared by the UI, the command line
// and (later) the reports, so each label is written once.
#include "enums.h"
#include <QCoreApplication>

namespace tthc {

class Labels {
    Q_DECLARE_TR_FUNCTIONS(tthc::Labels)
public:
    static QString of(LaneKind v);
    static QString of(StepKind v);
    static QString of(FlowKind v);
    static QString of(DocumentKind v);
    static QString of(SystemKind v);
    // The readiness as the dossier prints it (fixed Vietnamese: a legal document is not
    // translated); the Vietnamese UI shows the same words (tst_mainwindow checks it).
    static QString dossierText(Readiness v);
    static QString of(Readiness v);
    static QString of(Action v);
    static QString of(Level v);
    static QString of(OnlineLevel v);
    static QString of(ReviewState v);
    static QString of(StepNature v);
    static QString of(Channel v);

    template <class E> static QStringList all()
    {
        QStringList out;
        for (int i = 0; i < enumCount<E>(); ++i)
            out << of(static_cast<E>(i));
        return out;
    }
};

// A value from a file quoted in a message, “like this”: control characters (a terminal's
// escape sequences among them) and bidirectional overrides are shown as \u001B rather than
// acted on, and a value longer than 80 characters is cut with "…", so a hostile or broken
// file cannot rewrite the terminal or drown the message.
QString quotedValue(const QString &value);

struct Step;
// A step as the user knows it: its quoted name with the id for the engineer (“Nộp hồ sơ” (s1)),
// or the quoted id when it has no name. Validator findings and derivation notes use it.
QString stepReference(const Step &s);

// Lower case without diacritics, đ → d: "Đổi giấy phép" and "doi giay phep" match.
QString foldForSearch(const QString &text);

} // namespace tthc
