package uk.gov.safeguarding.testsupport.architecture.sample.rest;

public record SampleRequest(String text) {
}
