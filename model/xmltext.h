#pragma once
// Text for XML 1.0 (SVG, WordprocessingML, SpreadsheetML): the characters XML forbids — most
// C0 controls (U+0001, U+000B …), lone surrogates, U+FFFE and U+FFFF — are dropped, because
// they cannot be written even escaped and would make the whole file ill-formed. Escaping of
// < > & " is the XML writer's job (QXmlStreamWriter, libxlsxwriter); SVG from QSvgGenerator
// gets both through XmlText::svg.
#include <QByteArray>
#include <QString>

namespace tthc::XmlText {

QString safe(const QString &text);
bool isSafe(const QString &text);
// A title or description for QSvgGenerator, which writes them into the file unescaped.
QString escaped(const QString &text);
// An SVG document as QSvgGenerator wrote it, with forbidden characters dropped.
QByteArray cleanDocument(const QByteArray &utf8);

} // namespace tthc::XmlText
