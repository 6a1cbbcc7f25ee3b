package com.discomcare.connection.documents;

import com.discomcare.contracts.connection.ApplicantType;
import com.discomcare.contracts.connection.ConnectionCategory;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static com.discomcare.contracts.connection.ApplicantType.AGRICULTURE;
import static com.discomcare.contracts.connection.ApplicantType.COMPANY;
import static com.discomcare.contracts.connection.ApplicantType.FIRM;
import static com.discomcare.contracts.connection.ApplicantType.INDIVIDUAL;
import static com.discomcare.contracts.connection.ApplicantType.TENANT;
import static com.discomcare.contracts.connection.ConnectionCategory.DS;
import static com.discomcare.contracts.connection.ConnectionCategory.HT;
import static com.discomcare.contracts.connection.ConnectionCategory.LT_INDUSTRIAL;
import static com.discomcare.contracts.connection.ConnectionCategory.NDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DocumentChecklistTest {

    private static final DocumentChecklist DEFAULT = DocumentChecklistFile.loadDefault();

    private static final List<String> DS_OWNER = List.of("AA_FORM", "PHOTOGRAPH", "REGISTRATION_DEED", "VOTER_CARD",
            "WIRING_TEST_REPORT");

    private static List<String> codes(List<Slot> slots) {
        return slots.stream().map(Slot::code).toList();
    }

    private static List<String> with(List<String> documents, String... more) {
        var all = new ArrayList<>(documents);
        all.addAll(Arrays.asList(more));
        return all;
    }

    // ---- the checklists of docs/domain.md ----

    @ParameterizedTest
    @EnumSource(value = ConnectionCategory.class, names = {"DS", "NDS", "BULK", "STREET_LIGHT"})
    void domesticAndNonDomesticNeedTheFiveBasicDocuments(ConnectionCategory category) {
        assertThat(codes(DEFAULT.requiredFor(category, INDIVIDUAL))).containsExactly("APPLICATION_FORM", "PHOTOGRAPH",
                "OWNERSHIP_OR_OCCUPANCY", "IDENTITY_PROOF", "WIRING_TEST_REPORT");
    }

    @Test
    void aTenantAddsTheOwnersConsentAndAnIndemnityBond() {
        assertThat(codes(DEFAULT.requiredFor(DS, TENANT))).containsExactly("APPLICATION_FORM", "PHOTOGRAPH",
                "OWNERSHIP_OR_OCCUPANCY", "IDENTITY_PROOF", "WIRING_TEST_REPORT", "OWNER_CONSENT", "INDEMNITY_BOND");
    }

    @Test
    void ltIndustryAddsItsConstitutionAndTheDeclaration() {
        assertThat(codes(DEFAULT.requiredFor(LT_INDUSTRIAL, INDIVIDUAL))).containsExactly("APPLICATION_FORM",
                "PHOTOGRAPH", "OWNERSHIP_OR_OCCUPANCY", "IDENTITY_PROOF", "WIRING_TEST_REPORT", "CONSTITUTION",
                "DECLARATION");
    }

    @Test
    void htAddsBoardResolutionSiteDrawingPollutionNocAndTheInspectorsApproval() {
        assertThat(codes(DEFAULT.requiredFor(HT, COMPANY))).containsExactly("APPLICATION_FORM", "PHOTOGRAPH",
                "OWNERSHIP_OR_OCCUPANCY", "IDENTITY_PROOF", "WIRING_TEST_REPORT", "CONSTITUTION", "DECLARATION",
                "BOARD_RESOLUTION", "SITE_DRAWING", "POLLUTION_NOC", "ELECTRICAL_INSPECTOR_APPROVAL");
    }

    @Test
    void anAgriculturalTubewellNeedsTheLandRecordInsteadOfProofOfOwnership() {
        assertThat(codes(DEFAULT.requiredFor(ConnectionCategory.AGRICULTURE, INDIVIDUAL))).containsExactly(
                "APPLICATION_FORM", "PHOTOGRAPH", "LAND_RECORD", "IDENTITY_PROOF", "WIRING_TEST_REPORT");
    }

    @Test
    void anAgriculturalApplicantBringsTheLandRecordInAnyCategory() {
        assertThat(codes(DEFAULT.requiredFor(DS, AGRICULTURE))).endsWith("LAND_RECORD");
        assertThat(codes(DEFAULT.requiredFor(ConnectionCategory.AGRICULTURE, AGRICULTURE)))
                .containsOnlyOnce("LAND_RECORD");
    }

    @ParameterizedTest
    @EnumSource(value = ApplicantType.class, names = {"FIRM", "COMPANY"})
    void aFirmOrCompanyBringsItsConstitution(ApplicantType applicantType) {
        assertThat(codes(DEFAULT.requiredFor(NDS, applicantType))).endsWith("CONSTITUTION");
    }

    @Test
    void everyCategoryAndApplicantTypeHasAChecklistWithIdentityProof() {
        for (ConnectionCategory category : ConnectionCategory.values()) {
            for (ApplicantType applicantType : ApplicantType.values()) {
                assertThat(codes(DEFAULT.requiredFor(category, applicantType)))
                        .as(category + " " + applicantType).contains("IDENTITY_PROOF").doesNotHaveDuplicates();
            }
        }
    }

    // ---- checking what was submitted ----

    @ParameterizedTest
    @ValueSource(strings = {"RATION_CARD", "VOTER_CARD", "PAN_CARD", "DRIVING_LICENCE"})
    void identityProofIsAnyOfItsFourDocuments(String identity) {
        var documents = List.of("AA_FORM", "PHOTOGRAPH", "HOUSE_TAX_NOTICE", identity, "WIRING_TEST_REPORT");

        DocumentCheck check = DEFAULT.checkApplication(DS, INDIVIDUAL, documents);

        assertThat(check.complete()).isTrue();
        assertThat(check.missing()).isEmpty();
        assertThat(check.notAccepted()).isEmpty();
        assertThat(check.deficiencies()).isEmpty();
    }

    @Test
    void everyMissingSlotAndEveryDocumentNotAcceptedIsReportedAtOnce() {
        var documents = Arrays.asList("VOTER_CARD", "LAND_REVENUE_RECORD", "SELFIE", null, "AA_FORM");

        DocumentCheck check = DEFAULT.checkApplication(DS, TENANT, documents);

        assertThat(check.complete()).isFalse();
        assertThat(codes(check.missing())).containsExactly("PHOTOGRAPH", "OWNERSHIP_OR_OCCUPANCY",
                "WIRING_TEST_REPORT", "OWNER_CONSENT", "INDEMNITY_BOND");
        assertThat(check.notAccepted()).extracting(NotAcceptedDocument::index).containsExactly(1, 2, 3);
        assertThat(check.notAccepted().get(0).reason())
                .isEqualTo("LAND_REVENUE_RECORD is not accepted for category DS and applicant type TENANT; "
                        + "the checklist is APPLICATION_FORM, PHOTOGRAPH, OWNERSHIP_OR_OCCUPANCY, IDENTITY_PROOF, "
                        + "WIRING_TEST_REPORT, OWNER_CONSENT, INDEMNITY_BOND");
        assertThat(check.notAccepted().get(1).reason()).isEqualTo("'SELFIE' is not a document type");
        assertThat(check.notAccepted().get(2).reason()).isEqualTo("a document needs its type");
        assertThat(check.deficiencies()).containsExactly("PHOTOGRAPH", "OWNERSHIP_OR_OCCUPANCY",
                "WIRING_TEST_REPORT", "OWNER_CONSENT", "INDEMNITY_BOND", "LAND_REVENUE_RECORD", "SELFIE", null);
    }

    @Test
    void aTenantWithTheOwnersPapersIsComplete() {
        assertThat(DEFAULT.checkApplication(DS, TENANT, with(DS_OWNER, "OWNER_CONSENT", "INDEMNITY_BOND"))
                .complete()).isTrue();
        assertThat(codes(DEFAULT.checkApplication(DS, TENANT, DS_OWNER).missing()))
                .containsExactly("OWNER_CONSENT", "INDEMNITY_BOND");
    }

    @Test
    void aDocumentOfAnotherCategoryIsNotAccepted() {
        DocumentCheck check = DEFAULT.checkApplication(DS, INDIVIDUAL, with(DS_OWNER, "POLLUTION_NOC"));

        assertThat(check.missing()).isEmpty();
        assertThat(check.notAccepted()).containsExactly(new NotAcceptedDocument(5, "POLLUTION_NOC",
                "POLLUTION_NOC is not accepted for category DS and applicant type INDIVIDUAL; the checklist is "
                        + "APPLICATION_FORM, PHOTOGRAPH, OWNERSHIP_OR_OCCUPANCY, IDENTITY_PROOF, WIRING_TEST_REPORT"));
        assertThat(check.complete()).isFalse();
    }

    @Test
    void oneDocumentFillsEverySlotThatAcceptsIt() {
        // A firm's partnership deed is both its constitution and what LT industry asks for.
        DocumentCheck check = DEFAULT.checkApplication(LT_INDUSTRIAL, FIRM,
                with(DS_OWNER, "PARTNERSHIP_DEED", "DECLARATION"));

        assertThat(check.complete()).isTrue();
    }

    @Test
    void twoDocumentsForOneSlotAreBothAccepted() {
        assertThat(DEFAULT.checkApplication(DS, INDIVIDUAL, with(DS_OWNER, "PAN_CARD")).complete()).isTrue();
    }

    @Test
    void nothingSubmittedMissesTheWholeChecklist() {
        DocumentCheck check = DEFAULT.checkApplication(HT, COMPANY, List.of());

        assertThat(check.missing()).isEqualTo(DEFAULT.requiredFor(HT, COMPANY));
        assertThat(check.required()).isEqualTo(DEFAULT.requiredFor(HT, COMPANY));
    }

    @Test
    void aMissingSlotSaysWhatWouldFillIt() {
        Slot identity = DEFAULT.requiredFor(DS, INDIVIDUAL).get(3);

        assertThat(identity.missingMessage()).isEqualTo("Proof of identity (IDENTITY_PROOF) is missing: hand in one "
                + "of RATION_CARD, VOTER_CARD, PAN_CARD, DRIVING_LICENCE");
    }

    @Test
    void documentTypesAreLookedUpExactly() {
        assertThat(DEFAULT.documentType("VOTER_CARD")).get().extracting(DocumentType::description)
                .isEqualTo("Voter identity card");
        assertThat(DEFAULT.documentType("voter_card")).isEmpty();
        assertThat(DEFAULT.documentType(null)).isEmpty();
    }

    // ---- service requests ----

    @Test
    void everyServiceRequestTypeOfTheIssueIsThere() {
        assertThat(DEFAULT.serviceRequestTypes()).containsExactlyInAnyOrder("RECONNECTION", "NAME_CHANGE",
                "LOAD_CHANGE", "CATEGORY_CHANGE", "PHASE_CHANGE", "SHIFTING", "TEMPORARY_CONNECTION",
                "DISCONNECTION_ON_REQUEST");
    }

    @Test
    void aNameChangeNeedsOwnershipIdentityTheTransferConsentAndABond() {
        ServiceRequestRequirement nameChange = DEFAULT.serviceRequest("NAME_CHANGE").orElseThrow();

        assertThat(codes(nameChange.slots())).containsExactly("REQUEST_FORM", "OWNERSHIP_OR_OCCUPANCY",
                "IDENTITY_PROOF", "TRANSFER_CONSENT", "INDEMNITY_BOND");
        assertThat(nameChange.stepCodes()).containsExactly("DOCUMENTS_VERIFIED", "METER_READ");
        DocumentCheck check = DEFAULT.checkServiceRequest("NAME_CHANGE",
                List.of("AA_FORM", "ALLOTMENT_LETTER", "PAN_CARD", "DEATH_CERTIFICATE"));
        assertThat(codes(check.missing())).containsExactly("INDEMNITY_BOND");
        assertThat(check.notAccepted()).isEmpty();
    }

    @Test
    void aReconnectionNeedsNoDocumentsAndAcceptsNone() {
        assertThat(DEFAULT.checkServiceRequest("RECONNECTION", List.of()).complete()).isTrue();
        DocumentCheck check = DEFAULT.checkServiceRequest("RECONNECTION", List.of("PAN_CARD"));
        assertThat(check.notAccepted()).singleElement().extracting(NotAcceptedDocument::reason)
                .isEqualTo("PAN_CARD is not accepted for request type RECONNECTION; the checklist is empty");
    }

    @Test
    void stepsAreTakenInOrderEachOnce() {
        ServiceRequestRequirement loadChange = DEFAULT.serviceRequest("LOAD_CHANGE").orElseThrow();

        assertThat(loadChange.stepCodes()).containsExactly("DOCUMENTS_VERIFIED", "SITE_INSPECTED",
                "DEMAND_NOTE_ISSUED", "PAYMENT_RECEIVED");
        assertThat(loadChange.nextStep(List.of())).get().extracting(Step::code).isEqualTo("DOCUMENTS_VERIFIED");
        assertThat(loadChange.isNextStep("SITE_INSPECTED", List.of())).isFalse();
        assertThat(loadChange.isNextStep("SITE_INSPECTED", List.of("DOCUMENTS_VERIFIED"))).isTrue();
        assertThat(loadChange.isNextStep("DOCUMENTS_VERIFIED", List.of("DOCUMENTS_VERIFIED"))).isFalse();
        assertThat(loadChange.isNextStep("UNHEARD_OF", List.of())).isFalse();
        assertThat(loadChange.readyToComplete(List.of("DOCUMENTS_VERIFIED", "SITE_INSPECTED"))).isFalse();
        assertThat(loadChange.readyToComplete(loadChange.stepCodes())).isTrue();
        assertThat(loadChange.isNextStep("PAYMENT_RECEIVED", loadChange.stepCodes())).isFalse();
    }

    @Test
    void anUnknownServiceRequestTypeIsRejected() {
        assertThat(DEFAULT.serviceRequest("TELEPORTATION")).isEmpty();
        assertThat(DEFAULT.serviceRequest(null)).isEmpty();
        assertThatIllegalArgumentException().isThrownBy(() -> DEFAULT.checkServiceRequest("TELEPORTATION", List.of()))
                .withMessageContaining("TELEPORTATION");
    }

    // ---- a checklist file of the operator's own ----

    @TempDir
    Path dir;

    private Path write(String json) throws IOException {
        return Files.writeString(dir.resolve("documents.json"), json);
    }

    @Test
    void aSmallValidFileIsLoaded() throws IOException {
        Path file = write("""
                {
                  "documentTypes": [{"code": "AADHAAR", "description": "Aadhaar card"}],
                  "slots": [{"code": "ID", "description": "Identity", "accepts": ["AADHAAR"]}],
                  "newConnection": [{"slots": ["ID"]}],
                  "steps": [{"code": "DONE_SOMETHING", "description": "x"}],
                  "serviceRequests": [{"type": "RECONNECTION", "description": "r", "slots": [], "steps": ["DONE_SOMETHING"]}]
                }
                """);

        DocumentChecklist checklist = DocumentChecklistFile.load(file);

        assertThat(codes(checklist.requiredFor(HT, TENANT))).containsExactly("ID");
        assertThat(checklist.checkApplication(DS, INDIVIDUAL, List.of("AADHAAR")).complete()).isTrue();
        assertThat(checklist.serviceRequest("RECONNECTION").orElseThrow().stepCodes()).containsExactly("DONE_SOMETHING");
    }

    @Test
    void everyMistakeIsReportedInOneException() throws IOException {
        Path file = write("""
                {
                  "documentTypes": [{"code": "A", "description": "a"}, {"code": "A", "description": "again"}],
                  "slots": [
                    {"code": "S1", "description": "s", "accepts": ["A", "NOPE"]},
                    {"code": "S2", "description": "s", "accepts": []}
                  ],
                  "newConnection": [
                    {"categories": ["DS", "CASTLE"], "applicantTypes": ["ALIEN"], "slots": ["S1", "S9"]},
                    {"categories": ["NDS"], "slots": []}
                  ],
                  "steps": [{"code": "X", "description": "x"}],
                  "serviceRequests": [
                    {"type": "RECONNECTION", "description": "r", "slots": ["S1", "S1"], "steps": ["X", "Y", "X"]},
                    {"type": "RECONNECTION", "description": "again", "slots": [], "steps": []}
                  ]
                }
                """);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> DocumentChecklistFile.load(file))
                .withMessageContaining(file.toString())
                .withMessageContaining("document type A appears twice")
                .withMessageContaining("slot S1 accepts unknown document type NOPE")
                .withMessageContaining("slot S2 accepts no document type")
                .withMessageContaining("newConnection[0] category CASTLE is not one of")
                .withMessageContaining("newConnection[0] applicant type ALIEN is not one of")
                .withMessageContaining("newConnection[0] names unknown slot S9")
                .withMessageContaining("newConnection[1] names no slot")
                .withMessageContaining("service request RECONNECTION names slot S1 twice")
                .withMessageContaining("service request RECONNECTION names unknown step Y")
                .withMessageContaining("service request RECONNECTION names step X twice")
                .withMessageContaining("service request RECONNECTION appears twice");
    }

    @Test
    void aCategoryWithoutAChecklistIsReported() throws IOException {
        Path file = write("""
                {
                  "documentTypes": [{"code": "A", "description": "a"}],
                  "slots": [{"code": "S", "description": "s", "accepts": ["A"]}],
                  "newConnection": [{"categories": ["DS"], "slots": ["S"]}],
                  "steps": [],
                  "serviceRequests": []
                }
                """);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> DocumentChecklistFile.load(file))
                .withMessageContaining("no slot is required for category NDS and applicant type INDIVIDUAL")
                .withMessageContaining("no slot is required for category HT and applicant type TENANT");
    }

    @Test
    void unknownPropertiesAreRejected() throws IOException {
        Path file = write("""
                {"documentTypes": [], "slots": [], "newConnection": [], "steps": [], "serviceRequests": [],
                 "colour": "red"}
                """);

        assertThatThrownBy(() -> DocumentChecklistFile.load(file))
                .hasRootCauseInstanceOf(UnrecognizedPropertyException.class)
                .rootCause().hasMessageContaining("colour");
    }
}
