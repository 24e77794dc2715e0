#pragma once

#include <QTreeWidget>

struct Transaction;

/// The selected transaction: our normalized fields, then every field the provider sent.
class TransactionDetails final : public QTreeWidget
{
    Q_OBJECT

public:
    explicit TransactionDetails(QWidget *parent = nullptr);
    void showTransaction(const Transaction &t, const QByteArray &rawJson);
    void clearDetails();
};
