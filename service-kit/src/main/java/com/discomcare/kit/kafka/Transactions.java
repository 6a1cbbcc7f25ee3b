package com.discomcare.kit.kafka;

import java.util.concurrent.Callable;

/** Runs work in a new database transaction that commits when the work returns and rolls back when it throws. */
@FunctionalInterface
interface Transactions {

    <T> T inNewTransaction(Callable<T> work) throws Exception;
}
