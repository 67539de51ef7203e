/** kpi-service: built in its own issue; for now the chassis alone. */
package uk.gov.safeguarding.kpi;
