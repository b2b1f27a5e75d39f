#pragma once
// Reading back the zip packages the reports write (DOCX, XLSX) in tests: entries with libzip,
// the text of a DOCX's paragraphs, and the cells, merges and sizes of an XLSX's sheets.
#include <zip.h>

#include <QByteArray>
#include <QMap>
#include <QVariant>
#include <QXmlStreamReader>
#include <QString>
#include <QStringList>

namespace ziputil {

inline QStringList entries(const QString &path)
{
    QStringList out;
    int err = 0;
    zip_t *z = zip_open(path.toUtf8().constData(), ZIP_RDONLY, &err);
    if (!z)
        return out;
    const zip_int64_t n = zip_get_num_entries(z, 0);
    for (zip_int64_t i = 0; i < n; ++i)
        out << QString::fromUtf8(zip_get_name(z, zip_uint64_t(i), 0));
    zip_close(z);
    return out;
}

// The bytes of one entry; empty when the package or the entry is missing.
inline QByteArray entry(const QString &path, const QString &name)
{
    QByteArray out;
    int err = 0;
    zip_t *z = zip_open(path.toUtf8().constData(), ZIP_RDONLY, &err);
    if (!z)
        return out;
    zip_stat_t st;
    if (zip_stat(z, name.toUtf8().constData(), 0, &st) == 0) {
        if (zip_file_t *f = zip_fopen(z, name.toUtf8().constData(), 0)) {
            out.resize(qsizetype(st.size));
            const zip_int64_t read = zip_fread(f, out.data(), st.size);
            out.resize(read < 0 ? 0 : qsizetype(read));
            zip_fclose(f);
        }
    }
    zip_close(z);
    return out;
}

// The text of each w:p (its w:t joined).
inline QStringList paragraphTexts(const QByteArray &xml)
{
    QStringList out;
    QXmlStreamReader r(xml);
    QString current;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement() && r.qualifiedName() == QLatin1String("w:p"))
            current.clear();
        else if (r.isStartElement() && r.qualifiedName() == QLatin1String("w:t"))
            current += r.readElementText();
        else if (r.isEndElement() && r.qualifiedName() == QLatin1String("w:p"))
            out << current;
    }
    return out;
}

// ---- XLSX ----

inline QStringList sheetNames(const QString &file)
{
    QStringList out;
    QXmlStreamReader x(ziputil::entry(file, QStringLiteral("xl/workbook.xml")));
    while (!x.atEnd())
        if (x.readNext() == QXmlStreamReader::StartElement && x.name() == u"sheet")
            out << x.attributes().value(QLatin1String("name")).toString();
    return out;
}

inline QStringList sharedStrings(const QString &file)
{
    QStringList out;
    QXmlStreamReader x(ziputil::entry(file, QStringLiteral("xl/sharedStrings.xml")));
    while (!x.atEnd()) {
        x.readNext();
        if (x.isStartElement() && x.name() == u"si")
            out << QString();
        else if (x.isStartElement() && x.name() == u"t" && !out.isEmpty())
            out.last() += x.readElementText();
    }
    return out;
}

struct Sheet {
    QMap<QString, QVariant> values; // "A1" → QString or double
    QMap<QString, int> styles;      // "A1" → index in cellXfs
    QStringList merges;
    QList<double> colWidths;        // by column, from <col min max width>
    QMap<int, double> rowHeights;   // 1-based row → ht, for the rows present
    QMap<QString, QString> pane, pageSetup;
    bool fitToPage = false;
};

inline QMap<QString, QString> xmlAttributes(const QXmlStreamReader &x)
{
    QMap<QString, QString> out;
    for (const QXmlStreamAttribute &a : x.attributes())
        out.insert(a.qualifiedName().toString(), a.value().toString());
    return out;
}

inline Sheet readSheet(const QString &file, int n)
{
    const QStringList sst = sharedStrings(file);
    Sheet s;
    QXmlStreamReader x(ziputil::entry(file, QStringLiteral("xl/worksheets/sheet%1.xml").arg(n)));
    QString ref, type;
    while (!x.atEnd()) {
        x.readNext();
        if (!x.isStartElement())
            continue;
        const auto name = x.name();
        const auto a = xmlAttributes(x);
        if (name == u"c") {
            ref = a.value(QStringLiteral("r"));
            type = a.value(QStringLiteral("t"));
            if (a.contains(QStringLiteral("s")))
                s.styles.insert(ref, a.value(QStringLiteral("s")).toInt());
        } else if (name == u"v") {
            const QString v = x.readElementText();
            if (type == u"s")
                s.values.insert(ref, sst.value(v.toInt(), QStringLiteral("<bad index>")));
            else if (type == u"str")
                s.values.insert(ref, v);
            else
                s.values.insert(ref, v.toDouble());
        } else if (name == u"t" && type == u"inlineStr") {
            s.values.insert(ref, s.values.value(ref).toString() + x.readElementText());
        } else if (name == u"mergeCell") {
            s.merges << a.value(QStringLiteral("ref"));
        } else if (name == u"col") {
            for (int c = a.value(QStringLiteral("min")).toInt(); c <= a.value(QStringLiteral("max")).toInt(); ++c) {
                while (s.colWidths.size() < c)
                    s.colWidths << 0.0;
                s.colWidths[c - 1] = a.value(QStringLiteral("width")).toDouble();
            }
        } else if (name == u"row") {
            // No ht: the default height of 15 pt.
            s.rowHeights.insert(a.value(QStringLiteral("r")).toInt(),
                                a.value(QStringLiteral("ht"), QStringLiteral("15")).toDouble());
        } else if (name == u"pane") {
            s.pane = a;
        } else if (name == u"pageSetup") {
            s.pageSetup = a;
        } else if (name == u"pageSetUpPr") {
            s.fitToPage = a.value(QStringLiteral("fitToPage")) == u"1";
        }
    }
    return s;
}

} // namespace ziputil
