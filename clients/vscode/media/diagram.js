// The Proposal Diagram panel's page. The extension posts it the figures of the proposal at the caret and the SVG of
// one of them, drawn by the language server; the page shows it, zooms and fits it, and posts back what the user
// does: pick another figure, click a node or arrow (to reveal its declaration), export the figure.
(function () {
  'use strict';
  const vscode = acquireVsCodeApi();
  const drawing = document.getElementById('drawing');
  const canvas = document.getElementById('canvas');
  const picker = document.getElementById('figures');
  const message = document.getElementById('message');
  const zoomLabel = document.getElementById('zoom');
  const state = Object.assign({ zoom: 1, fit: true }, vscode.getState() || {});
  let figures = [];
  let svgText = null;
  let title = 'figure';
  let caretElement = null;

  function remember() {
    vscode.setState({ zoom: state.zoom, fit: state.fit });
  }

  function svgElement() {
    return drawing.querySelector('svg');
  }

  function applyZoom() {
    const svg = svgElement();
    if (!svg) {
      return;
    }
    if (state.fit) {
      const width = Number(svg.getAttribute('width'));
      const height = Number(svg.getAttribute('height'));
      const room = canvas.getBoundingClientRect();
      state.zoom = Math.max(0.1, Math.min(8, Math.min((room.width - 16) / width, (room.height - 16) / height)));
    }
    drawing.style.transform = `scale(${state.zoom})`;
    zoomLabel.textContent = `${Math.round(state.zoom * 100)}%`;
    remember();
  }

  function zoomBy(factor) {
    state.fit = false;
    state.zoom = Math.max(0.1, Math.min(8, state.zoom * factor));
    applyZoom();
  }

  function highlightCaret() {
    drawing.querySelectorAll('g.caret').forEach((group) => group.classList.remove('caret'));
    if (caretElement) {
      drawing.querySelectorAll('g[data-element]').forEach((group) => {
        if (group.getAttribute('data-element') === caretElement) {
          group.classList.add('caret');
        }
      });
    }
  }

  function showFigures(list, shown) {
    figures = list;
    picker.replaceChildren(...list.map((entry, index) => {
      const option = document.createElement('option');
      option.value = String(index);
      option.textContent = entry.title + (entry.inheritedFrom ? ` (from ${entry.inheritedFrom})` : '');
      option.selected = shown && entry.proposal === shown.proposal && entry.figure === shown.figure;
      return option;
    }));
    picker.disabled = list.length === 0;
  }

  function showDrawing(figure) {
    if (figure.svg) {
      svgText = figure.svg;
      title = `${figure.proposal}-${figure.figure}`;
      drawing.innerHTML = figure.svg;
      drawing.classList.remove('stale');
      message.hidden = true;
      applyZoom();
      highlightCaret();
    } else {
      // the last drawing stays, marked as out of date, until the figure can be drawn again
      drawing.classList.toggle('stale', svgText !== null);
      message.textContent = figure.problem || 'The figure cannot be drawn.';
      message.hidden = false;
    }
  }

  function showNothing(text) {
    svgText = null;
    drawing.replaceChildren();
    figures = [];
    picker.replaceChildren();
    message.textContent = text;
    message.hidden = false;
  }

  window.addEventListener('message', (event) => {
    const data = event.data;
    if (data.type === 'figures') {
      caretElement = data.caretElement || null;
      showFigures(data.figures, data.shown);
      highlightCaret();
    } else if (data.type === 'drawing') {
      showDrawing(data.drawing);
    } else if (data.type === 'nothing') {
      showNothing(data.message);
    }
  });

  picker.addEventListener('change', () => {
    const entry = figures[Number(picker.value)];
    if (entry) {
      vscode.postMessage({ type: 'pick', proposal: entry.proposal, figure: entry.figure });
    }
  });

  drawing.addEventListener('click', (event) => {
    const group = event.target instanceof Element ? event.target.closest('g[data-uri]') : null;
    if (group) {
      vscode.postMessage({ type: 'reveal', uri: group.getAttribute('data-uri'), range: group.getAttribute('data-range'),
        element: group.getAttribute('data-element') });
    }
  });

  document.getElementById('zoom-in').addEventListener('click', () => zoomBy(1.25));
  document.getElementById('zoom-out').addEventListener('click', () => zoomBy(0.8));
  document.getElementById('fit').addEventListener('click', () => {
    state.fit = true;
    applyZoom();
  });
  canvas.addEventListener('wheel', (event) => {
    if (event.ctrlKey) {
      event.preventDefault();
      zoomBy(event.deltaY < 0 ? 1.1 : 1 / 1.1);
    }
  }, { passive: false });
  window.addEventListener('resize', () => {
    if (state.fit) {
      applyZoom();
    }
  });

  document.getElementById('export-svg').addEventListener('click', () => {
    if (svgText) {
      vscode.postMessage({ type: 'export', format: 'svg', name: title, data: svgText });
    }
  });
  document.getElementById('export-png').addEventListener('click', () => {
    const svg = svgElement();
    if (!svgText || !svg) {
      return;
    }
    // at render's default scale 2, from the SVG itself, so the PNG shows what the SVG does
    const scale = 2;
    const image = new Image();
    image.onload = () => {
      const png = document.createElement('canvas');
      png.width = Math.ceil(Number(svg.getAttribute('width')) * scale);
      png.height = Math.ceil(Number(svg.getAttribute('height')) * scale);
      const context = png.getContext('2d');
      context.scale(scale, scale);
      context.drawImage(image, 0, 0);
      vscode.postMessage({ type: 'export', format: 'png', name: title, data: png.toDataURL('image/png').split(',')[1] });
    };
    image.src = 'data:image/svg+xml;base64,' + btoa(unescape(encodeURIComponent(svgText)));
  });

  vscode.postMessage({ type: 'ready' });
}());
