#pragma once
// The interface language: Vietnamese by default whatever the system locale; English when
// chosen in the settings or with --lang en. Translators are installed once at start-up.
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace tthc {

QString chosenLanguage(QStringList &args); // consumes "--lang X" from args
void installTranslators(QCoreApplication &app, const QString &language);
QString savedLanguage();
void saveLanguage(const QString &language);

} // namespace tthc
