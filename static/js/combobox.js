/* The admin's comboboxes (config/widgets.py): a <select data-combobox> becomes GOV.UK's
   accessible-autocomplete, which follows the WAI-ARIA combobox pattern. The select stays in the
   form, hidden, and holds the value; without this script it is an ordinary select.

   One value: the text box shows the chosen option; emptying it empties the field.
   Several values: the text box adds one at a time, and each chosen value is a button
   "Ta bort …" in a list after it. */
(function () {
  "use strict";

  function format(text) {
    var args = Array.prototype.slice.call(arguments, 1);
    return text.replace(/%[sd]/g, function () {
      return String(args.shift());
    });
  }

  function optionTexts(select, skipChosen) {
    return Array.prototype.filter
      .call(select.options, function (option) {
        return option.value && !(skipChosen && option.selected);
      })
      .map(function (option) {
        return option.textContent.trim();
      });
  }

  function optionByText(select, text) {
    return Array.prototype.find.call(select.options, function (option) {
      return option.value && option.textContent.trim() === text;
    });
  }

  function matcher(select, skipChosen) {
    return function (query, populate) {
      var words = query.toLowerCase().split(/\s+/).filter(Boolean);
      populate(
        optionTexts(select, skipChosen).filter(function (text) {
          var lower = text.toLowerCase();
          return words.every(function (word) {
            return lower.indexOf(word) !== -1;
          });
        })
      );
    };
  }

  // The text box keeps the select's description (help text, errors) beside the widget's own
  // hint, which the widget adds and removes as the query changes.
  function keepDescription(input, ids) {
    if (!ids.length) return;
    function apply() {
      var current = (input.getAttribute("aria-describedby") || "").split(/\s+/).filter(Boolean);
      var missing = ids.filter(function (id) {
        return current.indexOf(id) === -1;
      });
      if (missing.length) input.setAttribute("aria-describedby", current.concat(missing).join(" "));
    }
    apply();
    new MutationObserver(apply).observe(input, {
      attributes: true,
      attributeFilter: ["aria-describedby"],
    });
  }

  function enhance(select) {
    if (select.dataset.comboboxReady || select.id.indexOf("__prefix__") !== -1) return;
    if (!window.accessibleAutocomplete) return;
    select.dataset.comboboxReady = "1";
    var texts = JSON.parse(select.dataset.comboboxTexts || "{}");
    var inputId = select.id + "-combobox";
    var describedBy = (select.getAttribute("aria-describedby") || "").split(/\s+/).filter(Boolean);
    var invalid = select.getAttribute("aria-invalid") === "true";
    var labels = Array.prototype.slice.call(select.labels || []);
    var multiple = select.multiple;

    var widget = document.createElement("div");
    widget.className = "combobox" + (multiple ? " combobox--multiple" : "");
    var holder = document.createElement("div");
    widget.appendChild(holder);
    select.parentNode.insertBefore(widget, select);
    select.hidden = true;
    labels.forEach(function (label) {
      label.htmlFor = inputId;
    });

    var status = document.createElement("div");
    status.className = "combobox__announce visually-hidden";
    status.setAttribute("aria-live", "polite");
    widget.appendChild(status);

    function say(text) {
      status.textContent = "";
      window.setTimeout(function () {
        status.textContent = text;
      }, 50);
    }

    var options = {
      id: inputId,
      name: "",
      required: select.required,
      showAllValues: true,
      dropdownArrow: function () {
        return "";
      },
      tNoResults: function () {
        return texts.noResults || "Inga träffar";
      },
      tStatusNoResults: function () {
        return texts.noResults || "Inga träffar";
      },
      tStatusQueryTooShort: function () {
        return "";
      },
      tStatusSelectedOption: function (option, length, index) {
        return format(texts.highlighted || "%s, %d av %d, markerad.", option, index + 1, length);
      },
      tStatusResults: function (length, selectedOption) {
        var count = length === 1 ? texts.oneResult || "1 träff." : format(texts.results || "%d träffar.", length);
        return count + " " + (selectedOption || "");
      },
      tAssistiveHint: function () {
        return texts.hint || "";
      },
    };

    function mount(extra) {
      var element = document.createElement("div");
      holder.replaceChildren(element);
      window.accessibleAutocomplete(Object.assign({ element: element }, options, extra));
      var input = element.querySelector("input[role=combobox]");
      if (invalid) input.setAttribute("aria-invalid", "true");
      keepDescription(input, describedBy);
      return input;
    }

    if (!multiple) {
      var chosen = select.options[select.selectedIndex];
      var input = mount({
        autoselect: true,
        confirmOnBlur: false,
        defaultValue: chosen && chosen.value ? chosen.textContent.trim() : "",
        source: matcher(select, false),
        onConfirm: function (text) {
          var option = text && optionByText(select, text);
          if (option) {
            option.selected = true;
            select.dispatchEvent(new Event("change", { bubbles: true }));
          }
        },
      });
      // Leaving the text box: empty means no value, an option's exact name means that option;
      // anything else leaves the value as it was (Enter or a click chooses from the menu).
      input.addEventListener("blur", function () {
        window.setTimeout(function () {
          var text = input.value.trim();
          var option = text ? optionByText(select, text) : null;
          var value = text ? (option ? option.value : select.value) : "";
          if (value !== select.value) {
            select.value = value;
            select.dispatchEvent(new Event("change", { bubbles: true }));
          }
        }, 0);
      });
      return;
    }

    var list = document.createElement("ul");
    list.className = "combobox__chosen";
    list.id = inputId + "-chosen";
    var heading = document.createElement("p");
    heading.className = "visually-hidden";
    heading.id = inputId + "-chosen-label";
    heading.textContent = texts.chosen || "Valda";
    list.setAttribute("aria-labelledby", heading.id);
    widget.appendChild(heading);
    widget.appendChild(list);

    function renderChosen() {
      list.replaceChildren();
      Array.prototype.forEach.call(select.options, function (option) {
        if (!option.selected || !option.value) return;
        var name = option.textContent.trim();
        var item = document.createElement("li");
        var button = document.createElement("button");
        button.type = "button";
        button.className = "combobox__remove";
        button.value = option.value;
        var visible = document.createElement("span");
        visible.textContent = name;
        var cross = document.createElement("span");
        cross.setAttribute("aria-hidden", "true");
        cross.className = "combobox__cross";
        cross.textContent = "×";
        button.append(visible, cross);
        button.setAttribute("aria-label", format(texts.remove || "Ta bort %s", name));
        item.appendChild(button);
        list.appendChild(item);
      });
      if (!list.children.length) {
        var none = document.createElement("li");
        none.className = "combobox__none";
        none.textContent = texts.noneChosen || "Inget valt ännu.";
        list.appendChild(none);
      }
    }

    list.addEventListener("click", function (event) {
      var button = event.target.closest("button.combobox__remove");
      if (!button) return;
      var option = Array.prototype.find.call(select.options, function (o) {
        return o.value === button.value;
      });
      if (!option) return;
      var buttons = Array.prototype.slice.call(list.querySelectorAll("button"));
      var index = buttons.indexOf(button);
      option.selected = false;
      select.dispatchEvent(new Event("change", { bubbles: true }));
      renderChosen();
      var rest = list.querySelectorAll("button");
      var next = rest[Math.min(index, rest.length - 1)];
      (next || holder.querySelector("input[role=combobox]")).focus();
      say(format(texts.removed || "%s borttagen", option.textContent.trim()));
    });

    function mountMultiple() {
      return mount({
        autoselect: true,
        confirmOnBlur: false,
        source: matcher(select, true),
        onConfirm: function (text) {
          var option = text && optionByText(select, text);
          if (!option || option.selected) return;
          option.selected = true;
          select.dispatchEvent(new Event("change", { bubbles: true }));
          renderChosen();
          say(format(texts.added || "%s tillagd", text));
          // A fresh, empty text box for the next value.
          window.setTimeout(function () {
            mountMultiple().focus();
          }, 0);
        },
      });
    }

    renderChosen();
    mountMultiple();
  }

  function enhanceAll(root) {
    root.querySelectorAll("select[data-combobox]").forEach(enhance);
  }

  document.addEventListener("DOMContentLoaded", function () {
    enhanceAll(document);
  });
  // A row added to an inline (Django's inlines.js) is a copy of the hidden template row.
  document.addEventListener("formset:added", function (event) {
    enhanceAll(event.target);
  });
})();
