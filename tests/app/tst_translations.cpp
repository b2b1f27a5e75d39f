// The Vietnamese translation is complete: lupdate run over the sources into a copy of the
// .ts file finds no string without a finished translation.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

class TestTranslations : public QObject {
    Q_OBJECT
private slots:
    void vietnameseIsComplete()
    {
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("check_vi.ts"));
        QVERIFY(QFile::copy(QStringLiteral(TTHC_TS_FILE), copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        QStringList args = QStringLiteral(TTHC_TR_SOURCES).split(u'|', Qt::SkipEmptyParts);
        args << QStringLiteral("-ts") << copy << QStringLiteral("-no-obsolete") << QStringLiteral("-locations")
             << QStringLiteral("none") << QStringLiteral("-silent");
        QProcess lupdate;
        lupdate.start(QStringLiteral(TTHC_LUPDATE), args);
        QVERIFY2(lupdate.waitForFinished(120000), "lupdate did not finish");
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());

        QFile ts(copy);
        QVERIFY(ts.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&ts);
        QString context, source;
        QStringList gaps;
        int messages = 0;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
                ++messages;
            } else if (xml.name() == QLatin1String("translation")) {
                const QString type = xml.attributes().value(QLatin1String("type")).toString();
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (type == QLatin1String("unfinished") || text.trimmed().isEmpty())
                    gaps << context + QStringLiteral(": ") + source;
                else if (text != text.normalized(QString::NormalizationForm_C))
                    gaps << context + QStringLiteral(": not NFC: ") + text;
                // Placeholders must survive translation.
                static const QRegularExpression placeholder(QStringLiteral("%(\\d|n)"));
                QStringList a, b;
                for (auto it = placeholder.globalMatch(source); it.hasNext();)
                    a << it.next().captured();
                for (auto it = placeholder.globalMatch(text); it.hasNext();)
                    b << it.next().captured();
                a.sort();
                b.sort();
                if (a != b && type != QLatin1String("unfinished"))
                    gaps << context + QStringLiteral(": placeholders differ: ") + source;
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(messages > 100);
        QVERIFY2(gaps.isEmpty(), qPrintable(QStringLiteral("%1 untranslated or broken:\n").arg(gaps.size()) + gaps.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
