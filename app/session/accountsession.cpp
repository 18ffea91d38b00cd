#include "accountsession.h"

#include "api/apiclient.h"
#include "api/instancesapi.h"
#include "models/instancemodel.h"
#include "util/clock.h"
#include "util/logging.h"

AccountSession::AccountSession(ApiClient *client, bool demo, QObject *parent)
    : QObject(parent), m_client(client), m_instances(new InstanceModel(this)), m_demo(demo)
{ }

AccountSession::~AccountSession()
{
    if (m_instancesCall)
        m_instancesCall->cancel();
}

void AccountSession::refreshInstances()
{
    if (m_instancesCall)
        return;
    m_instancesCall
            = m_client->fetchAll(InstancesApi::list(), this, [this](const ApiResult &result) {
                  m_instancesCall.clear();
                  Q_EMIT loadingChanged(false);
                  if (!result.ok()) {
                      m_lastError = result.error;
                      qCInfo(lcSession).noquote()
                              << "instance refresh failed:" << ApiError::kindName(result.error.kind)
                              << result.error.errorCode;
                      Q_EMIT refreshFailed(result.error);
                      return;
                  }
                  const Parsed<Instance> parsed = InstancesApi::parseInstances(result.rows());
                  for (const QString &problem : parsed.problems)
                      qCWarning(lcSession).noquote() << "unreadable instance" << problem;
                  m_unreadableRows = int(parsed.problems.size());
                  m_lastError = ApiError();
                  m_instances->merge(parsed.items);
                  m_lastRefreshMs = m_client->clock()->nowMs();
                  Q_EMIT instancesRefreshed();
              });
    Q_EMIT loadingChanged(true);
}
