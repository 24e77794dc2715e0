#pragma once

#include <QFrame>

class ConnectionGaps;
class QLabel;

/// A banner above a page's rows that says which connections' data is incomplete and why,
/// hidden while every answer was read in full.
class GapsBanner final : public QFrame
{
    Q_OBJECT

public:
    /// How many gaps are listed one by one; the rest are counted.
    static constexpr int Listed = 5;

    GapsBanner(ConnectionGaps *gaps, const QString &objectName, QWidget *parent = nullptr);

private:
    void update();

    ConnectionGaps *m_gaps;
    QLabel *m_text;
};
