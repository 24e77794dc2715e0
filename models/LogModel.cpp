#include "LogModel.h"

#include <QLocale>

LogModel::LogModel(int capacity, QObject *parent)
    : QAbstractTableModel(parent), m_capacity(qMax(1, capacity))
{}

int LogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int LogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString LogModel::levelText(Level level)
{
    switch (level) {
    case Level::Debug:
        return tr("Debug");
    case Level::Info:
        return tr("Info");
    case Level::Warning:
        return tr("Warning");
    case Level::Critical:
        return tr("Error");
    }
    return {};
}

QVariant LogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_lines.size())
        return {};
    const Line &l = m_lines.at(index.row());
    if (role == LevelRole)
        return int(l.level);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(index.column())) {
    case TimeColumn:
        return QLocale().toString(l.time.toLocalTime().time(), QStringLiteral("HH:mm:ss.zzz"));
    case LevelColumn:
        return levelText(l.level);
    case CategoryColumn:
        return l.category;
    case MessageColumn:
        return l.message;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant LogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case TimeColumn:
        return tr("Time");
    case LevelColumn:
        return tr("Level");
    case CategoryColumn:
        return tr("Source");
    case MessageColumn:
        return tr("Message");
    case ColumnCount:
        break;
    }
    return {};
}

void LogModel::append(const Line &line)
{
    if (m_lines.size() >= m_capacity) {
        beginRemoveRows(QModelIndex(), 0, 0);
        m_lines.removeFirst();
        endRemoveRows();
    }
    const int row = int(m_lines.size());
    beginInsertRows(QModelIndex(), row, row);
    m_lines.append(line);
    endInsertRows();
}

void LogModel::clear()
{
    beginResetModel();
    m_lines.clear();
    endResetModel();
}

QString LogModel::text(const QList<int> &rows) const
{
    QStringList out;
    for (const int r : rows) {
        if (r < 0 || r >= m_lines.size())
            continue;
        const Line &l = m_lines.at(r);
        out << QStringLiteral("%1 %2 %3: %4")
                   .arg(l.time.toUTC().toString(Qt::ISODateWithMs), levelText(l.level), l.category,
                        l.message);
    }
    return out.join(u'\n');
}
