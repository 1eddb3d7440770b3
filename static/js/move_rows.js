/* "Flytta upp" and "Flytta ned" in each card of a named stacked inline that has an order field
   (templates/admin/edit_inline/named_stacked.html). A move puts the card before the previous
   or after the next one, numbers the order fields of that inline's cards 1..n as they now
   stand, keeps focus on the button pressed and says where the card went in a polite live
   region. Without this script the order field is typed by hand, and a blank one puts the row
   last. */
(function () {
  "use strict";

  function format(text, name, number) {
    return text.replace("{name}", name).replace("{number}", String(number));
  }

  function cards(group) {
    return Array.prototype.filter.call(group.querySelectorAll(".inline-related"), function (card) {
      return !card.classList.contains("empty-form") && card.querySelector('input[name$="-order"]');
    });
  }

  // "löfte 3", or "löfte #4" for a row added on the page: the number its heading shows.
  function cardName(group, card) {
    var label = card.querySelector(".inline_label");
    return group.dataset.moveName + " " + (label ? label.textContent.trim() : "");
  }

  function capfirst(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
  }

  function addButtons(group, card) {
    if (card.querySelector(".move-controls")) return;
    var controls = document.createElement("div");
    controls.className = "move-controls";
    [
      ["up", group.dataset.moveUp],
      ["down", group.dataset.moveDown],
    ].forEach(function (pair) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "button move-button";
      button.dataset.move = pair[0];
      button.textContent = pair[1];
      controls.appendChild(button);
    });
    var heading = card.querySelector(".named-card > h3");
    heading.parentNode.insertBefore(controls, heading.nextSibling);
  }

  function refresh(group) {
    var rows = cards(group);
    rows.forEach(function (card, index) {
      addButtons(group, card);
      var name = cardName(group, card);
      var up = card.querySelector('[data-move="up"]');
      var down = card.querySelector('[data-move="down"]');
      up.setAttribute("aria-label", group.dataset.moveUp + " " + name);
      down.setAttribute("aria-label", group.dataset.moveDown + " " + name);
      up.disabled = index === 0;
      down.disabled = index === rows.length - 1;
    });
  }

  function status(group) {
    var region = group.querySelector(".move-status");
    if (!region) {
      region = document.createElement("p");
      region.className = "move-status";
      region.setAttribute("role", "status");
      group.appendChild(region);
    }
    return region;
  }

  function move(button) {
    var group = button.closest(".js-inline-admin-formset");
    var card = button.closest(".inline-related");
    var rows = cards(group);
    var index = rows.indexOf(card);
    var up = button.dataset.move === "up";
    var other = rows[up ? index - 1 : index + 1];
    if (!other) return;
    other.parentNode.insertBefore(card, up ? other : other.nextSibling);
    rows = cards(group);
    rows.forEach(function (row, position) {
      row.querySelector('input[name$="-order"]').value = position + 1;
    });
    refresh(group);
    // At the top or the bottom the button pressed is disabled now: focus goes to the other one.
    if (button.disabled) button = card.querySelector('[data-move="' + (up ? "down" : "up") + '"]');
    if (!button.disabled) button.focus();
    status(group).textContent = format(
      up ? group.dataset.movedUp : group.dataset.movedDown,
      capfirst(cardName(group, card)),
      rows.indexOf(card) + 1
    );
  }

  // Django's inlines.js numbers the rows' fields by where the rows stand on the page when a
  // row added on the page is removed, and the formset takes the first INITIAL_FORMS rows for
  // the saved ones. So the rows go back to the order of their numbers while it does that
  // (capture phase, before its handler) and to the order they were moved to afterwards.
  var movedOrder = null;

  document.addEventListener(
    "click",
    function (event) {
      var link = event.target.closest(".inline-deletelink");
      var group = link && link.closest(".js-inline-admin-formset[data-move-up]");
      if (!group) return;
      var rows = cards(group);
      movedOrder = { group: group, rows: rows };
      var number = function (row) {
        return Number(row.id.slice(row.id.lastIndexOf("-") + 1));
      };
      var template = group.querySelector(".empty-form");
      rows
        .slice()
        .sort(function (a, b) {
          return number(a) - number(b);
        })
        .forEach(function (row) {
          template.parentNode.insertBefore(row, template);
        });
    },
    true
  );

  document.addEventListener("click", function (event) {
    var button = event.target.closest("button[data-move]");
    if (button) {
      move(button);
      return;
    }
    if (movedOrder && event.target.closest(".inline-deletelink")) {
      var group = movedOrder.group;
      var template = group.querySelector(".empty-form");
      movedOrder.rows.forEach(function (row) {
        if (row.isConnected) template.parentNode.insertBefore(row, template);
      });
      movedOrder = null;
      refresh(group);
    }
  });

  document.addEventListener("formset:added", function (event) {
    var group = event.target.closest(".js-inline-admin-formset[data-move-up]");
    if (group) refresh(group);
  });

  function init() {
    document.querySelectorAll(".js-inline-admin-formset[data-move-up]").forEach(function (group) {
      if (!cards(group).length && !group.querySelector('.empty-form input[name$="-order"]')) return;
      status(group);
      refresh(group);
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
