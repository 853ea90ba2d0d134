package org.agendaledger.command.importing;

import java.util.ArrayList;
import java.util.List;
import org.agendaledger.events.meeting.AnnotationSection;
import org.agendaledger.events.meeting.DocumentationEntry;
import org.agendaledger.events.meeting.SubItemContent;

/**
 * An item, a sub-item or a headed section of an annotation while the text is being read: its label ("1", "(a)";
 * none for a section), its title (a section's heading as printed), and what the annotations put under it.
 */
final class Draft {

    final String label;
    String title;
    final Paragraphs paragraphs = new Paragraphs();
    final List<DocumentationEntry> documentation = new ArrayList<>();
    final List<Draft> subItems = new ArrayList<>();
    final List<Draft> sections = new ArrayList<>();

    Draft(String label, String title) {
        this.label = label;
        this.title = title;
    }

    static Draft section(String heading) {
        return new Draft(null, heading);
    }

    Draft lastSubItem() {
        return subItems.isEmpty() ? null : subItems.get(subItems.size() - 1);
    }

    SubItemContent toSubItem(String id) {
        List<SubItemContent> deeper = new ArrayList<>();
        for (Draft sub : subItems) {
            deeper.add(sub.toSubItem(Ids.child(id, sub.label, deeper.stream().map(SubItemContent::subItemId)
                    .toList())));
        }
        return new SubItemContent(id, title, paragraphs.texts(), documentation, sections(), deeper);
    }

    List<AnnotationSection> sections() {
        return sections.stream().map(s -> new AnnotationSection(s.title, s.paragraphs.texts(), s.documentation,
                s.sections())).toList();
    }
}
