#include "language.h"

#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace tthc {

QString savedLanguage()
{
    const QString lang = QSettings().value(QStringLiteral("ui/language"), QStringLiteral("vi")).toString();
    return lang == QLatin1String("en") ? lang : QStringLiteral("vi");
}

void saveLanguage(const QString &language) { QSettings().setValue(QStringLiteral("ui/language"), language); }

QString chosenLanguage(QStringList &args)
{
    for (int i = 0; i < args.size(); ++i) {
        QString value;
        if (args[i] == QLatin1String("--lang") && i + 1 < args.size()) {
            value = args[i + 1];
            args.remove(i, 2);
        } else if (args[i].startsWith(QLatin1String("--lang="))) {
            value = args[i].mid(7);
            args.removeAt(i);
        } else {
            continue;
        }
        return value == QLatin1String("en") ? value : QStringLiteral("vi");
    }
    return savedLanguage();
}

void installTranslators(QCoreApplication &app, const QString &language)
{
    if (language == QLatin1String("en")) {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        return;
    }
    QLocale::setDefault(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
    auto *ours = new QTranslator(&app);
    if (ours->load(QStringLiteral(":/i18n/tthc_vi.qm")))
        app.installTranslator(ours);
    // Strings of Qt's own widgets (standard buttons, file dialog, context menus).
    auto *qt = new QTranslator(&app);
    if (qt->load(QStringLiteral(":/i18n/qt_vi.qm")))
        app.installTranslator(qt);
}

} // namespace tthc
