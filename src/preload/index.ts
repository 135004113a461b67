// Preload: exposes the typed Steadyweek API to the isolated page; ipcRenderer itself stays here.
import { contextBridge, ipcRenderer } from 'electron';
import { API_GLOBAL } from '@shared/ipc/contract';
import { createApi } from './api';

contextBridge.exposeInMainWorld(API_GLOBAL, createApi(ipcRenderer));
