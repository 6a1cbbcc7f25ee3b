package com.discomcare.contracts;

import com.discomcare.contracts.complaint.ComplaintEvent;
import com.discomcare.contracts.complaint.ComplaintRegistered;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventCatalogTest {

    @Test
    void everyEventHasItsNameOnTheWireWhichNamesItBack() {
        for (EventCatalog<?> catalog : EventCatalogs.ALL) {
            for (Class<?> type : catalog.baseType().getPermittedSubclasses()) {
                String name = catalog.names().stream()
                        .filter(n -> catalog.typeNamed(n).orElseThrow() == type).findFirst().orElseThrow();
                // The names on the wire are pinned: consumers of every version rely on them.
                assertThat(name).isEqualTo(type.getSimpleName());
            }
            assertThat(catalog.names()).hasSize(catalog.baseType().getPermittedSubclasses().length);
        }
    }

    @Test
    void eachPublicTopicHasOneCatalog() {
        assertThat(EventCatalogs.ALL).extracting(EventCatalog::topic)
                .containsExactly(Topics.COMPLAINTS, Topics.ESCALATIONS, Topics.CONNECTIONS);
    }

    @Test
    void aCatalogThatLeavesOutAnEventDoesNotExist() {
        EventCatalog.Builder<ComplaintEvent> incomplete = EventCatalog.of("t", ComplaintEvent.class)
                .event("ComplaintRegistered", ComplaintRegistered.class);
        assertThatThrownBy(incomplete::build).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ComplaintClosed has no name on t")
                .hasMessageContaining("ComplaintAssigned has no name on t");
    }

    @Test
    void aNameOrATypeListedTwiceIsRefused() {
        assertThatThrownBy(() -> EventCatalog.of("t", ComplaintEvent.class)
                .event("A", ComplaintRegistered.class).event("B", ComplaintRegistered.class))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Arrays.asList(ComplaintEvent.class.getPermittedSubclasses())).contains(ComplaintRegistered.class);
    }

    @Test
    void anUnknownNameIsAnErrorThatSaysSo() {
        assertThatThrownBy(() -> EventCatalogs.COMPLAINTS.decode(JsonMapping.newMapper(), "ComplaintTeleported",
                JsonMapping.newMapper().createObjectNode()))
                .isInstanceOf(EventCatalog.UnknownEventType.class)
                .hasMessage("unknown event type 'ComplaintTeleported' on complaints.v1");
    }
}
