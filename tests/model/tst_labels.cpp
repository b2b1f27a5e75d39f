// Display labels and the diacritic-insensitive search folding.
#include "labels.h"

#include <QTest>

using namespace tthc;

class TestLabels : public QObject {
    Q_OBJECT
private slots:
    void fold_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("folded");
        QTest::newRow("plain") << QStringLiteral("ABC def") << QStringLiteral("abc def");
        QTest::newRow("vietnamese") << QStringLiteral("Đổi giấy phép lái xe") << QStringLiteral("doi giay phep lai xe");
        QTest::newRow("đ lower") << QStringLiteral("đường bộ") << QStringLiteral("duong bo");
        QTest::newRow("precomposed vs combining") << QStringLiteral("Ho\u0302\u0300") << QStringLiteral("ho");
        QTest::newRow("code") << QStringLiteral("1.002804") << QStringLiteral("1.002804");
    }
    void fold()
    {
        QFETCH(QString, text);
        QFETCH(QString, folded);
        QCOMPARE(foldForSearch(text), folded);
    }

    void everyValueHasALabel()
    {
        QCOMPARE(Labels::all<LaneKind>().size(), 6);
        QCOMPARE(Labels::all<Action>().size(), 5);
        QCOMPARE(Labels::all<ReviewState>().size(), 5);
        for (const QStringList &l : {Labels::all<LaneKind>(), Labels::all<StepKind>(), Labels::all<FlowKind>(),
                                     Labels::all<DocumentKind>(), Labels::all<SystemKind>(), Labels::all<Readiness>(),
                                     Labels::all<Action>(), Labels::all<Level>(), Labels::all<OnlineLevel>(),
                                     Labels::all<ReviewState>()}) {
            QVERIFY(!l.contains(QString()));
            QCOMPARE(QSet<QString>(l.begin(), l.end()).size(), l.size());
        }
    }

    void quotedValuesCannotRewriteTheTerminal()
    {
        // Issue 11.11: escape sequences and bidi overrides from a file are shown, not acted on;
        // a 100,000-character id is cut to 80 characters.
        QCOMPARE(quotedValue(QStringLiteral("\x1b[2J\x1b[31mđỏ")), QStringLiteral("“\\u001B[2J\\u001B[31mđỏ”"));
        QCOMPARE(quotedValue(QStringLiteral("a\u202Eb\u009Bc\td")), QStringLiteral("“a\\u202Eb\\u009Bc\\u0009d”"));
        const QString shown = quotedValue(QString(100000, u'x'));
        QCOMPARE(shown, QStringLiteral("“") + QString(80, u'x') + QStringLiteral("…”"));
        QCOMPARE(quotedValue(QStringLiteral("Đổi GPLX")), QStringLiteral("“Đổi GPLX”"));
    }

    void jsonNames()
    {
        QCOMPARE(toJsonName(Readiness::Building), QStringLiteral("building"));
        QCOMPARE(fromJsonName<SystemKind>(u"national-db"), std::optional<SystemKind>(SystemKind::NationalDb));
        QCOMPARE(fromJsonName<SystemKind>(u"national"), std::nullopt);
        QCOMPARE(allJsonNames<StepKind>().join(u','), QStringLiteral("start,task,decision,end,procedure"));
    }
};

QTEST_GUILESS_MAIN(TestLabels)
#include "tst_labels.moc"
