package uk.gov.safeguarding.testsupport.architecture.sample.service;

public record SampleCommand(String text) {
}
