package com.discomcare.kit.axon;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;

/**
 * Lets Axon work inside Quarkus' JTA transactions: it joins the caller's transaction when there is one (so the
 * event append, a Panache projection and a lookup table commit together) and otherwise begins its own.
 */
@ApplicationScoped
public class JtaTransactionManager implements TransactionManager {

    private final jakarta.transaction.TransactionManager jta;

    @Inject
    public JtaTransactionManager(jakarta.transaction.TransactionManager jta) {
        this.jta = jta;
    }

    @Override
    public Transaction startTransaction() {
        try {
            if (jta.getStatus() != Status.STATUS_NO_TRANSACTION) {
                return new Transaction() {
                    @Override
                    public void commit() {
                        // the caller's transaction commits
                    }

                    @Override
                    public void rollback() {
                        try {
                            jta.setRollbackOnly();
                        } catch (SystemException e) {
                            throw new IllegalStateException("cannot mark the transaction for rollback", e);
                        }
                    }
                };
            }
            jta.begin();
            return new Transaction() {
                @Override
                public void commit() {
                    try {
                        jta.commit();
                    } catch (Exception e) {
                        throw new IllegalStateException("commit failed", e);
                    }
                }

                @Override
                public void rollback() {
                    try {
                        jta.rollback();
                    } catch (SystemException e) {
                        throw new IllegalStateException("rollback failed", e);
                    }
                }
            };
        } catch (Exception e) {
            throw new IllegalStateException("cannot start a transaction", e);
        }
    }
}
