// WorkingCalendar: working days with holidays and make-up days (the shipped Vietnamese data
// for 2025 and 2026), deadline counting forwards and backwards, and the JSON file.
#include "fixtures.h"
#include "workingcalendar.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace tthc;

namespace {
QDate d(const char *iso) { return QDate::fromString(QLatin1String(iso), Qt::ISODate); }
} // namespace

class TestWorkingCalendar : public QObject {
    Q_OBJECT
private slots:
    void isWorkingDay_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<bool>("vietnam");  // with the shipped holidays
        QTest::addColumn<bool>("plainWeek"); // the default week alone
        QTest::newRow("new year 2025 (Wed)") << d("2025-01-01") << false << true;
        QTest::newRow("2 Jan 2025") << d("2025-01-02") << true << true;
        QTest::newRow("Sat before Tết 2025") << d("2025-01-25") << false << false;
        QTest::newRow("Tết 2025, Mon 27/1") << d("2025-01-27") << false << true;
        QTest::newRow("Tết 2025, Fri 31/1") << d("2025-01-31") << false << true;
        QTest::newRow("after Tết 2025, Mon 3/2") << d("2025-02-03") << true << true;
        QTest::newRow("Hùng Kings 2025, Mon 7/4") << d("2025-04-07") << false << true;
        QTest::newRow("make-up Sat 26/4/2025") << d("2025-04-26") << true << false;
        QTest::newRow("Sun 27/4/2025") << d("2025-04-27") << false << false;
        QTest::newRow("30/4/2025") << d("2025-04-30") << false << true;
        QTest::newRow("bridge Fri 2/5/2025") << d("2025-05-02") << false << true;
        QTest::newRow("Mon 5/5/2025") << d("2025-05-05") << true << true;
        QTest::newRow("National Day eve Mon 1/9/2025") << d("2025-09-01") << false << true;
        QTest::newRow("National Day Tue 2/9/2025") << d("2025-09-02") << false << true;
        QTest::newRow("Wed 3/9/2025") << d("2025-09-03") << true << true;
        QTest::newRow("new year 2026 (Thu)") << d("2026-01-01") << false << true;
        QTest::newRow("Tết 2026, Mon 16/2") << d("2026-02-16") << false << true;
        QTest::newRow("Tết 2026, Fri 20/2") << d("2026-02-20") << false << true;
        QTest::newRow("after Tết 2026, Mon 23/2") << d("2026-02-23") << true << true;
        QTest::newRow("Hùng Kings 2026 on a Sunday") << d("2026-04-26") << false << false;
        QTest::newRow("its substitute Mon 27/4/2026") << d("2026-04-27") << false << true;
        QTest::newRow("Fri 1/5/2026") << d("2026-05-01") << false << true;
        QTest::newRow("National Day Wed 2/9/2026") << d("2026-09-02") << false << true;
        QTest::newRow("an ordinary Saturday") << d("2026-03-07") << false << false;
    }
    void isWorkingDay()
    {
        QFETCH(QDate, date);
        QFETCH(bool, vietnam);
        QFETCH(bool, plainWeek);
        QCOMPARE(WorkingCalendar::vietnam().isWorkingDay(date), vietnam);
        QCOMPARE(WorkingCalendar().isWorkingDay(date), plainWeek);
        QVERIFY(WorkingCalendar::allDay().isWorkingDay(date));
    }

    void addWorkingDays_data()
    {
        QTest::addColumn<QDate>("start");
        QTest::addColumn<double>("days");
        QTest::addColumn<QDate>("expected");
        QTest::newRow("zero") << d("2025-04-29") << 0.0 << d("2025-04-29");
        QTest::newRow("zero on a holiday") << d("2025-04-30") << 0.0 << d("2025-04-30");
        QTest::newRow("ordinary day") << d("2025-03-03") << 1.0 << d("2025-03-04");
        QTest::newRow("over a weekend") << d("2025-03-07") << 1.0 << d("2025-03-10");
        QTest::newRow("onto the make-up Saturday") << d("2025-04-25") << 1.0 << d("2025-04-26");
        QTest::newRow("over 30/4–4/5/2025") << d("2025-04-29") << 1.0 << d("2025-05-05");
        QTest::newRow("received on a holiday") << d("2025-05-01") << 1.0 << d("2025-05-05");
        QTest::newRow("over Tết 2025") << d("2025-01-24") << 1.0 << d("2025-02-03");
        QTest::newRow("part of a day is a day") << d("2025-03-03") << 0.5 << d("2025-03-04");
        QTest::newRow("2.5 days") << d("2025-03-03") << 2.5 << d("2025-03-06");
        QTest::newRow("rounding noise") << d("2025-03-03") << 2.0000000001 << d("2025-03-05");
        QTest::newRow("15 days over Tết 2026") << d("2026-02-09") << 15.0 << d("2026-03-09");
        QTest::newRow("backwards over 30/4–4/5/2025") << d("2025-05-05") << -1.0 << d("2025-04-29");
        QTest::newRow("backwards onto the make-up day") << d("2025-04-28") << -1.0 << d("2025-04-26");
        QTest::newRow("a year of 2025") << d("2024-12-31") << 250.0 << d("2025-12-31");
        QTest::newRow("a year of 2026") << d("2025-12-31") << 251.0 << d("2026-12-31");
    }
    void addWorkingDays()
    {
        QFETCH(QDate, start);
        QFETCH(double, days);
        QFETCH(QDate, expected);
        const WorkingCalendar vn = WorkingCalendar::vietnam();
        QCOMPARE(vn.addWorkingDays(start, days), expected);
        // The inverse, when the answer moved and the start is a working day.
        if (days != 0 && std::floor(days) == days && vn.isWorkingDay(start))
            QCOMPARE(vn.workingDaysBetween(start, expected), int(days));
    }

    void workingDaysBetween_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<int>("expected");
        QTest::newRow("same day") << d("2025-03-03") << d("2025-03-03") << 0;
        QTest::newRow("next day") << d("2025-03-03") << d("2025-03-04") << 1;
        QTest::newRow("to a Sunday") << d("2025-03-07") << d("2025-03-09") << 0;
        QTest::newRow("backwards") << d("2025-03-04") << d("2025-03-03") << -1;
        QTest::newRow("2025 has 250 working days") << d("2024-12-31") << d("2025-12-31") << 250;
        QTest::newRow("2026 has 251 working days") << d("2025-12-31") << d("2026-12-31") << 251;
        QTest::newRow("April–May 2025 with the make-up day") << d("2025-04-24") << d("2025-05-06") << 6;
    }
    void workingDaysBetween()
    {
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(int, expected);
        QCOMPARE(WorkingCalendar::vietnam().workingDaysBetween(from, to), expected);
    }

    void weekHours()
    {
        WorkingCalendar c;
        QCOMPARE(c.standardHours(), 8.0);
        QCOMPARE(c.workingHours(d("2025-03-03"), d("2025-03-09")), 40.0); // the 40-hour week
        c.setWeekdayHours(6, 4); // Saturday mornings
        QCOMPARE(c.hoursOn(d("2025-03-08")), 4.0);
        QCOMPARE(c.standardHours(), 8.0);
        QCOMPARE(c.addWorkingDays(d("2025-03-07"), 1), d("2025-03-08"));
        c.addWorkingDay(d("2025-03-09"), QStringLiteral("Sunday worked"));
        QCOMPARE(c.hoursOn(d("2025-03-09")), 8.0); // a make-up day is a standard day
        c.addWorkingDay(d("2025-03-16"), QStringLiteral("half"), 3.5);
        QCOMPARE(c.hoursOn(d("2025-03-16")), 3.5);
        c.addHoliday(d("2025-03-10"));
        QCOMPARE(c.hoursOn(d("2025-03-10")), 0.0);
        QCOMPARE(WorkingCalendar::allDay().standardHours(), 24.0);
        QCOMPARE(WorkingCalendar::allDay().workingHours(d("2026-01-01"), d("2026-12-31")), 8760.0);
        // A calendar without working days answers with an invalid date, not a hang.
        WorkingCalendar none;
        for (int day = 1; day <= 7; ++day)
            none.setWeekdayHours(day, 0);
        QVERIFY(!none.addWorkingDays(d("2025-03-03"), 1).isValid());
    }

    void saveAndLoad()
    {
        WorkingCalendar c = WorkingCalendar::vietnam();
        c.setWeekdayHours(6, 4);
        c.addWorkingDay(d("2027-01-09"), QStringLiteral("Làm bù"), 8);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("calendar.json"));
        QVERIFY(c.save(path));
        auto loaded = WorkingCalendar::load(path);
        QVERIFY2(loaded, qPrintable(loaded.error()));
        QCOMPARE(loaded.value(), c);
        QCOMPARE(WorkingCalendar::fromJson(c.toJson()).value(), c);
    }

    void badFiles_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("mentions"); // a part of the message
        QTest::newRow("other format") << QByteArray(R"({"format":"tthc-json","version":1})") << QStringLiteral("tthc-calendar");
        QTest::newRow("version") << QByteArray(R"({"format":"tthc-calendar","version":2})") << QStringLiteral("2");
        QTest::newRow("bad date") << QByteArray(R"({"format":"tthc-calendar","version":1,"holidays":[{"date":"2025-02-30"}]})")
                                  << QStringLiteral("holidays[0].date");
        QTest::newRow("bad hours") << QByteArray(R"({"format":"tthc-calendar","version":1,"week":{"sat":25}})")
                                   << QStringLiteral("week.sat");
        QTest::newRow("backward range")
            << QByteArray(R"({"format":"tthc-calendar","version":1,"holidays":[{"from":"2025-02-02","to":"2025-01-25"}]})")
            << QStringLiteral("holidays[0]");
        QTest::newRow("holiday and make-up")
            << QByteArray(R"({"format":"tthc-calendar","version":1,"holidays":[{"date":"2025-04-26"}],)"
                          R"("workingDays":[{"date":"2025-04-26"}]})")
            << QStringLiteral("2025-04-26");
        QTest::newRow("make-up hours") << QByteArray(R"({"format":"tthc-calendar","version":1,"workingDays":[{"date":"2025-04-26","hours":-1}]})")
                                       << QStringLiteral("workingDays[0].hours");
    }
    void badFiles()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, mentions);
        const auto r = WorkingCalendar::fromJson(QJsonDocument::fromJson(json).object());
        QVERIFY(!r);
        QVERIFY2(r.error().contains(mentions), qPrintable(r.error()));
    }

    void shippedData()
    {
        // The template: exact dates only for 2025 and 2026, NFC names, and a note that says
        // what to check and what is missing.
        const auto r = WorkingCalendar::load(fixtures::sourcePath(QStringLiteral("templates/calendar-vn.json")));
        QVERIFY2(r, qPrintable(r.error()));
        const WorkingCalendar &c = r.value();
        QCOMPARE(c, WorkingCalendar::vietnam());
        for (const WorkingCalendar::Day &day : c.holidays() + c.workingDays()) {
            QVERIFY(day.date.year() == 2025 || day.date.year() == 2026);
            QVERIFY(!day.name.isEmpty());
            QCOMPARE(day.name, day.name.normalized(QString::NormalizationForm_C));
        }
        QCOMPARE(c.workingDays().size(), 1);
        QVERIFY(c.note().contains(QStringLiteral("đối chiếu")));
        QVERIFY(c.note().contains(QStringLiteral("2027")));
        QCOMPARE(c.note(), c.note().normalized(QString::NormalizationForm_C));
    }
};

QTEST_GUILESS_MAIN(TestWorkingCalendar)
#include "tst_workingcalendar.moc"
