#pragma once

#include <QWidget>

#include <memory>

class AccountSession;
class QSortFilterProxyModel;
struct ApiError;

namespace Ui {
class InstancesPage;
}

//! The servers table: every instance of the account, sortable, refreshed by merging.
class InstancesPage final : public QWidget
{
    Q_OBJECT
public:
    explicit InstancesPage(AccountSession *session, QWidget *parent = nullptr);
    ~InstancesPage() override;

    [[nodiscard]] QSortFilterProxyModel *proxy() const { return m_proxy; }

private:
    void updateState();
    void showError(const ApiError &error);

    const std::unique_ptr<Ui::InstancesPage> m_ui;
    AccountSession *m_session;
    QSortFilterProxyModel *m_proxy;
};
