#pragma once
// A table of records with Add and Delete buttons, used for the procedure's documents and the
// registry of systems. Columns are text or a fixed list of choices; every edit hands the whole
// list back through edited() (the caller turns it into one undo command).
#include <QStringList>
#include <QWidget>

class QPushButton;
class QTableWidget;

namespace tthc {

class ListEditor : public QWidget {
    Q_OBJECT
public:
    struct Column {
        QString title;
        QStringList choices; // empty: free text
        int width = 150;
    };
    ListEditor(const QList<Column> &columns, const QString &addText, QWidget *parent = nullptr);
    // Rows as cell values: text for text columns, the choice's index (as text) for choices.
    void setRows(const QList<QStringList> &rows);
    QList<QStringList> rows() const;
    QTableWidget *table() const { return m_table; }
    // A fresh row for Add (the caller picks the new id).
    std::function<QStringList()> newRow;

signals:
    void edited(const QList<QStringList> &rows);

private:
    void setRow(int r, const QStringList &values);
    QList<Column> m_columns;
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
    bool m_loading = false;
};

} // namespace tthc
