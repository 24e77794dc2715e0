#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

/// The app's recent log lines (requests, errors) for the log window: the newest few
/// thousand, oldest dropped first. Lines carry no secrets: what logs them never has any.
class LogModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, LevelColumn, CategoryColumn, MessageColumn, ColumnCount };
    enum class Level { Debug, Info, Warning, Critical };
    /// A line's Level (as int), on any column: for filters, whatever the language.
    static constexpr int LevelRole = Qt::UserRole + 1;
    struct Line
    {
        QDateTime time;
        Level level = Level::Info;
        QString category;
        QString message;
    };

    explicit LogModel(int capacity = 5000, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    void append(const Line &line);
    void clear();
    /// The rows as plain text, one per line, for the clipboard or a bug report.
    QString text(const QList<int> &rows) const;
    static QString levelText(Level level);

private:
    QList<Line> m_lines;
    int m_capacity;
};
